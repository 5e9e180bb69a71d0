-- Each learner's own copy of a project's SQL dataset (docs/workspace.md): made by their first submission that
-- changes it, replaced by each later one in the same transaction that records the submission, deleted on reset.
-- The image is a SQLite database, deflated; size_bytes is its size before compression.
CREATE TABLE learner_databases (
    learner_id   text        NOT NULL REFERENCES learners (learner_id) ON DELETE CASCADE,
    project_slug text        NOT NULL,
    version      bigint      NOT NULL CHECK (version >= 1),
    image        bytea       NOT NULL,
    size_bytes   bigint      NOT NULL CHECK (size_bytes > 0),
    updated_at   timestamptz NOT NULL DEFAULT now(),
    PRIMARY KEY (learner_id, project_slug)
);
