-- Who may call the API: tokens an admin issued, stored only as SHA-256 hashes. The admin token itself is
-- not stored here (it comes from LTT_ADMIN_TOKEN or the data dir).
CREATE TABLE api_tokens (
    token_sha256 text        PRIMARY KEY,
    role         text        NOT NULL CHECK (role IN ('learner', 'instructor')),
    learner_id   text        REFERENCES learners (learner_id) ON DELETE CASCADE,
    name         text,
    created_at   timestamptz NOT NULL DEFAULT now(),
    expires_at   timestamptz,
    CHECK ((role = 'learner') = (learner_id IS NOT NULL))
);

-- Cohort views count statuses per task across a project's learners.
CREATE INDEX learner_task_progress_cohort ON learner_task_progress (project_pk, task_id, status);
