-- A deep-linking request waiting for the instructor's choice in the picker: single use, one hour. Only the hash
-- of the picker's handle is kept.
CREATE TABLE lti_deep_links (
    handle_sha256   text        PRIMARY KEY,
    registration_id bigint      NOT NULL REFERENCES lti_registrations (id) ON DELETE CASCADE,
    deployment_id   text        NOT NULL,
    return_url      text        NOT NULL,
    data            text,
    expires_at      timestamptz NOT NULL
);
