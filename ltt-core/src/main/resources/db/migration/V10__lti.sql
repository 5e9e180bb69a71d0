-- LTI 1.3 (behaviour section 11). Two kinds of tables:
-- tool configuration (keys, registrations, deployments, resource links, login state), not per learner;
-- and per-learner rows (identities, grade links, the score outbox), whose keys lead with learner_id.

-- The tool's own RSA keys. The private JWK never leaves this table except to sign; the public one is served
-- at /lti/jwks until the key is retired. Exactly one key signs at a time.
CREATE TABLE lti_tool_keys (
    kid         text        PRIMARY KEY,
    private_jwk text        NOT NULL,
    public_jwk  text        NOT NULL,
    signing     boolean     NOT NULL,
    created_at  timestamptz NOT NULL DEFAULT now(),
    retired_at  timestamptz
);
CREATE UNIQUE INDEX lti_tool_keys_one_signing ON lti_tool_keys ((signing)) WHERE signing;

CREATE TABLE lti_registrations (
    id                     bigint      GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    issuer                 text        NOT NULL,
    client_id              text        NOT NULL,
    authorization_endpoint text        NOT NULL,
    token_endpoint         text        NOT NULL,
    jwks_uri               text        NOT NULL,
    token_audience         text,
    created_at             timestamptz NOT NULL DEFAULT now(),
    UNIQUE (issuer, client_id)
);

CREATE TABLE lti_deployments (
    registration_id bigint NOT NULL REFERENCES lti_registrations (id) ON DELETE CASCADE,
    deployment_id   text   NOT NULL,
    PRIMARY KEY (registration_id, deployment_id)
);

-- Login state between /lti/login and /lti/launch: single use, ten minutes. Only hashes are kept.
CREATE TABLE lti_login_states (
    state_sha256    text        PRIMARY KEY,
    nonce_sha256    text        NOT NULL UNIQUE,
    registration_id bigint      NOT NULL REFERENCES lti_registrations (id) ON DELETE CASCADE,
    expires_at      timestamptz NOT NULL
);
CREATE INDEX lti_login_states_expiry ON lti_login_states (expires_at);

-- The line item LTT found or created for a resource link that came without one (created once).
CREATE TABLE lti_resource_links (
    registration_id  bigint      NOT NULL REFERENCES lti_registrations (id) ON DELETE CASCADE,
    resource_link_id text        NOT NULL,
    line_item        text        NOT NULL,
    created_at       timestamptz NOT NULL DEFAULT now(),
    PRIMARY KEY (registration_id, resource_link_id)
);

-- Who a learner is at a platform. The learner id is derived from (issuer, sub), so one pair is one learner.
CREATE TABLE lti_identities (
    learner_id      text        NOT NULL REFERENCES learners (learner_id) ON DELETE CASCADE,
    issuer          text        NOT NULL,
    sub             text        NOT NULL,
    registration_id bigint      NOT NULL,
    created_at      timestamptz NOT NULL DEFAULT now(),
    PRIMARY KEY (learner_id)
);

-- Where a learner's progress in a project is passed back: a line item and the learner's sub, with no expiry.
CREATE TABLE lti_grade_links (
    learner_id      text        NOT NULL REFERENCES learners (learner_id) ON DELETE CASCADE,
    line_item       text        NOT NULL,
    slug            text        NOT NULL,
    registration_id bigint      NOT NULL,
    sub             text        NOT NULL,
    created_at      timestamptz NOT NULL DEFAULT now(),
    PRIMARY KEY (learner_id, line_item)
);
CREATE INDEX lti_grade_links_project ON lti_grade_links (learner_id, slug);

-- The score outbox: one row per (learner, line item), the latest score only (coalesced). Written in the
-- transaction that changes the learner's progress; sent by the background sender.
CREATE TABLE lti_score_outbox (
    learner_id        text        NOT NULL REFERENCES learners (learner_id) ON DELETE CASCADE,
    line_item         text        NOT NULL,
    slug              text        NOT NULL,
    registration_id   bigint      NOT NULL,
    sub               text        NOT NULL,
    score_given       integer     NOT NULL,
    score_maximum     integer     NOT NULL,
    activity_progress text        NOT NULL,
    score_timestamp   timestamptz NOT NULL,
    revision          bigint      NOT NULL DEFAULT 1,
    status            text        NOT NULL CHECK (status IN ('pending', 'sent', 'failed')),
    attempts          integer     NOT NULL DEFAULT 0,
    last_error        text,
    next_attempt_at   timestamptz NOT NULL,
    claimed_until     timestamptz,
    sent_at           timestamptz,
    PRIMARY KEY (learner_id, line_item)
);
CREATE INDEX lti_score_outbox_due ON lti_score_outbox (next_attempt_at) WHERE status <> 'sent';
