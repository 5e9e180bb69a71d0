-- Issue 11: storage per touched (learner, task). Measured on 1,115,000 rows (100,000 learners x a 1,000-task
-- curriculum, ltt-bench StorageBenchmark), a row cost 163 bytes: a 93-byte heap share (24-byte tuple header, 4-byte
-- line pointer, 60 bytes of values, 4 bytes of padding before the 8-byte-aligned bigint and timestamps) and a
-- 69-byte primary-key share (32-byte entries plus line pointers, in leaves left half full by 50/50 page splits).
--
-- The table is rebuilt with (1) the 8-byte columns first and the short texts after them, which need no alignment,
-- and (2) the status in one byte: PostgreSQL's "char" holds the status's first letter, o(pen), i(n_progress),
-- b(locked), c(losed), which tell the four apart. Either alone saves (nearly) nothing here: a tuple is padded to a
-- multiple of 8 bytes, and with the ids LTT makes the reordered 24 + 32 + 7 + 15 + 7 bytes round up to 88 as before.
-- Together a closed row's tuple is 80 bytes instead of 88, an in-progress row's 72 (154 instead of 163 bytes a row).
--
-- Queries still read as before: a literal compared to the column, as in status = 'closed', is read as "char" and so
-- as its first letter; text written into the column (the status keys LTT writes, COPY, restores of older backups)
-- is cast the same way. What comes back is the letter: the stores map it with Status.fromStored. Never compare the
-- column to a bound text parameter (the column would be compared as text, 'c' to 'closed'); compare literals. The
-- CHECK sees the letter: it keeps out every other letter, not a misspelt key that starts with a right one.
--
-- The rows are copied in this migration's one transaction; the keys, foreign keys and index are built after the
-- copy (a sorted build, leaves 90 % full). Same partitions (8 by hash of learner_id, same names), same constraints.

ALTER TABLE learner_task_progress RENAME TO learner_task_progress_v22;
ALTER TABLE learner_task_progress_p0 RENAME TO learner_task_progress_v22_p0;
ALTER TABLE learner_task_progress_p1 RENAME TO learner_task_progress_v22_p1;
ALTER TABLE learner_task_progress_p2 RENAME TO learner_task_progress_v22_p2;
ALTER TABLE learner_task_progress_p3 RENAME TO learner_task_progress_v22_p3;
ALTER TABLE learner_task_progress_p4 RENAME TO learner_task_progress_v22_p4;
ALTER TABLE learner_task_progress_p5 RENAME TO learner_task_progress_v22_p5;
ALTER TABLE learner_task_progress_p6 RENAME TO learner_task_progress_v22_p6;
ALTER TABLE learner_task_progress_p7 RENAME TO learner_task_progress_v22_p7;

CREATE TABLE learner_task_progress (
    project_pk    bigint      NOT NULL,
    started_at    timestamptz,
    closed_at     timestamptz,
    updated_at    timestamptz NOT NULL DEFAULT now(),
    status        "char"      NOT NULL,
    learner_id    text        NOT NULL,
    task_id       text        NOT NULL,
    status_reason text,
    CONSTRAINT learner_task_progress_status_check CHECK (status IN ('open', 'in_progress', 'blocked', 'closed'))
) PARTITION BY HASH (learner_id);
CREATE TABLE learner_task_progress_p0 PARTITION OF learner_task_progress FOR VALUES WITH (MODULUS 8, REMAINDER 0);
CREATE TABLE learner_task_progress_p1 PARTITION OF learner_task_progress FOR VALUES WITH (MODULUS 8, REMAINDER 1);
CREATE TABLE learner_task_progress_p2 PARTITION OF learner_task_progress FOR VALUES WITH (MODULUS 8, REMAINDER 2);
CREATE TABLE learner_task_progress_p3 PARTITION OF learner_task_progress FOR VALUES WITH (MODULUS 8, REMAINDER 3);
CREATE TABLE learner_task_progress_p4 PARTITION OF learner_task_progress FOR VALUES WITH (MODULUS 8, REMAINDER 4);
CREATE TABLE learner_task_progress_p5 PARTITION OF learner_task_progress FOR VALUES WITH (MODULUS 8, REMAINDER 5);
CREATE TABLE learner_task_progress_p6 PARTITION OF learner_task_progress FOR VALUES WITH (MODULUS 8, REMAINDER 6);
CREATE TABLE learner_task_progress_p7 PARTITION OF learner_task_progress FOR VALUES WITH (MODULUS 8, REMAINDER 7);

INSERT INTO learner_task_progress
    (project_pk, started_at, closed_at, updated_at, status, learner_id, task_id, status_reason)
SELECT project_pk, started_at, closed_at, updated_at, CAST(status AS "char"), learner_id, task_id, status_reason
FROM learner_task_progress_v22;
DROP TABLE learner_task_progress_v22;

ALTER TABLE learner_task_progress
    ADD CONSTRAINT learner_task_progress_pkey PRIMARY KEY (learner_id, task_id),
    ADD CONSTRAINT learner_task_progress_learner_id_fkey
        FOREIGN KEY (learner_id) REFERENCES learners (learner_id) ON DELETE CASCADE,
    ADD CONSTRAINT learner_task_progress_task_id_fkey FOREIGN KEY (task_id) REFERENCES tasks (id);
CREATE INDEX learner_task_progress_in_progress ON learner_task_progress (project_pk, updated_at)
    WHERE status = 'in_progress';
ANALYZE learner_task_progress;
