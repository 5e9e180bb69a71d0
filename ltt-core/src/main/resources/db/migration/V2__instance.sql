-- Instance layer: each learner's own state. Every table leads with learner_id (key or partition key),
-- so the layer can be partitioned or sharded by learner without changing a query (ADR-001).
-- Rows appear only when a learner does something: a missing progress row means 'open'.

CREATE TABLE learners (
    learner_id text        PRIMARY KEY,
    name       text,
    email      text,
    created_at timestamptz NOT NULL DEFAULT now()
);

-- Which version of a project (by slug) a learner is on; written with the learner's first state change there.
CREATE TABLE enrollments (
    learner_id text        NOT NULL REFERENCES learners (learner_id) ON DELETE CASCADE,
    slug       text        NOT NULL,
    project_pk bigint      NOT NULL REFERENCES projects (pk),
    created_at timestamptz NOT NULL DEFAULT now(),
    PRIMARY KEY (learner_id, slug)
);

CREATE TABLE learner_task_progress (
    learner_id   text        NOT NULL REFERENCES learners (learner_id) ON DELETE CASCADE,
    task_id      text        NOT NULL REFERENCES tasks (id),
    project_pk   bigint      NOT NULL,
    status       text        NOT NULL CHECK (status IN ('open', 'in_progress', 'blocked', 'closed')),
    status_reason text,
    started_at   timestamptz,
    closed_at    timestamptz,
    updated_at   timestamptz NOT NULL DEFAULT now(),
    PRIMARY KEY (learner_id, task_id)
) PARTITION BY HASH (learner_id);
CREATE TABLE learner_task_progress_p0 PARTITION OF learner_task_progress FOR VALUES WITH (MODULUS 8, REMAINDER 0);
CREATE TABLE learner_task_progress_p1 PARTITION OF learner_task_progress FOR VALUES WITH (MODULUS 8, REMAINDER 1);
CREATE TABLE learner_task_progress_p2 PARTITION OF learner_task_progress FOR VALUES WITH (MODULUS 8, REMAINDER 2);
CREATE TABLE learner_task_progress_p3 PARTITION OF learner_task_progress FOR VALUES WITH (MODULUS 8, REMAINDER 3);
CREATE TABLE learner_task_progress_p4 PARTITION OF learner_task_progress FOR VALUES WITH (MODULUS 8, REMAINDER 4);
CREATE TABLE learner_task_progress_p5 PARTITION OF learner_task_progress FOR VALUES WITH (MODULUS 8, REMAINDER 5);
CREATE TABLE learner_task_progress_p6 PARTITION OF learner_task_progress FOR VALUES WITH (MODULUS 8, REMAINDER 6);
CREATE TABLE learner_task_progress_p7 PARTITION OF learner_task_progress FOR VALUES WITH (MODULUS 8, REMAINDER 7);
CREATE INDEX learner_task_progress_project ON learner_task_progress (learner_id, project_pk);

CREATE TABLE submissions (
    learner_id      text        NOT NULL REFERENCES learners (learner_id) ON DELETE CASCADE,
    submission_id   bigint      GENERATED ALWAYS AS IDENTITY,
    task_id         text        NOT NULL REFERENCES tasks (id),
    attempt_number  integer     NOT NULL CHECK (attempt_number >= 1),
    submission_type text        NOT NULL,
    content         text        NOT NULL,
    result          jsonb,
    created_at      timestamptz NOT NULL DEFAULT now(),
    PRIMARY KEY (learner_id, submission_id),
    UNIQUE (learner_id, task_id, attempt_number)
);

CREATE TABLE validations (
    learner_id    text         NOT NULL,
    validation_id bigint       GENERATED ALWAYS AS IDENTITY,
    submission_id bigint       NOT NULL,
    task_id       text         NOT NULL REFERENCES tasks (id),
    passed        boolean      NOT NULL,
    grade         numeric(4,3) NOT NULL CHECK (grade BETWEEN 0 AND 1),
    feedback      text         NOT NULL,
    validator     text         NOT NULL,
    created_at    timestamptz  NOT NULL DEFAULT now(),
    PRIMARY KEY (learner_id, validation_id),
    FOREIGN KEY (learner_id, submission_id) REFERENCES submissions (learner_id, submission_id) ON DELETE CASCADE
);
CREATE INDEX validations_task ON validations (learner_id, task_id, validation_id);

CREATE TABLE status_summaries (
    learner_id text        NOT NULL REFERENCES learners (learner_id) ON DELETE CASCADE,
    task_id    text        NOT NULL REFERENCES tasks (id),
    version    integer     NOT NULL CHECK (version >= 1),
    summary    text        NOT NULL,
    author     text        NOT NULL,
    created_at timestamptz NOT NULL DEFAULT now(),
    PRIMARY KEY (learner_id, task_id, version)
);

-- Private comments: one learner's notes on a task (shared ones live in the template layer).
CREATE TABLE comments (
    learner_id text        NOT NULL REFERENCES learners (learner_id) ON DELETE CASCADE,
    comment_id bigint      GENERATED ALWAYS AS IDENTITY,
    task_id    text        NOT NULL REFERENCES tasks (id),
    author     text        NOT NULL,
    body       text        NOT NULL,
    created_at timestamptz NOT NULL DEFAULT now(),
    PRIMARY KEY (learner_id, comment_id)
);
CREATE INDEX comments_task ON comments (learner_id, task_id, created_at);

CREATE TABLE help_requests (
    learner_id  text        NOT NULL REFERENCES learners (learner_id) ON DELETE CASCADE,
    help_id     bigint      GENERATED ALWAYS AS IDENTITY,
    task_id     text        NOT NULL REFERENCES tasks (id),
    message     text        NOT NULL,
    status      text        NOT NULL DEFAULT 'open' CHECK (status IN ('open', 'resolved')),
    answer      text,
    resolved_by text,
    created_at  timestamptz NOT NULL DEFAULT now(),
    resolved_at timestamptz,
    PRIMARY KEY (learner_id, help_id)
);
CREATE INDEX help_requests_open ON help_requests (status, created_at) WHERE status = 'open';

CREATE TABLE events (
    learner_id  text        NOT NULL REFERENCES learners (learner_id) ON DELETE CASCADE,
    event_id    bigint      GENERATED ALWAYS AS IDENTITY,
    task_id     text        NOT NULL REFERENCES tasks (id),
    from_status text        NOT NULL,
    to_status   text        NOT NULL,
    actor       text        NOT NULL,
    reason      text,
    created_at  timestamptz NOT NULL DEFAULT now(),
    PRIMARY KEY (learner_id, event_id)
);
CREATE INDEX events_task ON events (learner_id, task_id, event_id);
