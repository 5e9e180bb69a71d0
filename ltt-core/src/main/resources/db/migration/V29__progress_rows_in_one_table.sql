-- Issue 11: the progress rows move from 8 hash partitions (by learner_id) into one table with the same columns,
-- keys, constraints and index. Measured by ltt-bench's serve benchmark at 10,000 learners: PostgreSQL spent
-- 0.740 ms of CPU per submit with the partitions and 0.665 ms without them, and the ready read 0.089 ms and
-- 0.081 ms. PostgreSQL (17) runs the server's prepared, generic plans on a partitioned table by locking every
-- partition, pruning at run time and, for a write, routing each row to its partition and building the
-- partition's executor state afresh, on every execution; in one database the partitions bought nothing the
-- primary key (learner_id first) does not. Every instance table still leads its key with learner_id, so a
-- distributed PostgreSQL (Citus) shards them all by learner_id as before, and the queries do not change.
--
-- The rows are copied in this migration's one transaction; the keys, foreign key and index are built after the
-- copy (a sorted build, leaves 90 % full).

ALTER TABLE learner_task_progress RENAME TO learner_task_progress_v28;

CREATE TABLE learner_task_progress (
    project_pk    bigint      NOT NULL,
    started_at    timestamptz,
    closed_at     timestamptz,
    updated_at    timestamptz NOT NULL DEFAULT now(),
    status        "char"      NOT NULL,
    learner_id    text        NOT NULL,
    task_id       text        NOT NULL,
    status_reason text
);

INSERT INTO learner_task_progress
    (project_pk, started_at, closed_at, updated_at, status, learner_id, task_id, status_reason)
SELECT project_pk, started_at, closed_at, updated_at, status, learner_id, task_id, status_reason
FROM learner_task_progress_v28;
DROP TABLE learner_task_progress_v28;

ALTER TABLE learner_task_progress
    ADD CONSTRAINT learner_task_progress_status_check CHECK (status IN ('open', 'in_progress', 'blocked', 'closed')),
    ADD CONSTRAINT learner_task_progress_pkey PRIMARY KEY (learner_id, task_id),
    ADD CONSTRAINT learner_task_progress_learner_id_fkey
        FOREIGN KEY (learner_id) REFERENCES learners (learner_id) ON DELETE CASCADE;
CREATE INDEX learner_task_progress_in_progress ON learner_task_progress (project_pk, updated_at)
    WHERE status = 'in_progress';
ANALYZE learner_task_progress;
