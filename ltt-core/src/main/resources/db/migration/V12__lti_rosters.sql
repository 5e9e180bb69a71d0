-- NRPS: the course rosters LTT fetches in the background (tool configuration, keyed by platform and course), so
-- an instructor sees who has not started. Members are not learners until they launch.
CREATE TABLE lti_rosters (
    registration_id bigint      NOT NULL REFERENCES lti_registrations (id) ON DELETE CASCADE,
    context_id      text        NOT NULL,
    slug            text        NOT NULL,
    memberships_url text        NOT NULL,
    fetched_at      timestamptz,
    next_fetch_at   timestamptz NOT NULL,
    claimed_until   timestamptz,
    last_error      text,
    PRIMARY KEY (registration_id, context_id, slug)
);

CREATE TABLE lti_roster_members (
    registration_id bigint NOT NULL REFERENCES lti_registrations (id) ON DELETE CASCADE,
    context_id      text   NOT NULL,
    sub             text   NOT NULL,
    name            text,
    email           text,
    staff           boolean NOT NULL,
    PRIMARY KEY (registration_id, context_id, sub)
);
