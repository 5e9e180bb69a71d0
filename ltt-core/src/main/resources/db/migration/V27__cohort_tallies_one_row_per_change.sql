-- Issue 11: a change of a learner's state used to append one row per fact it moved (a closing leaf moves its
-- status, its parent's and its dependents': often six to ten facts), each row with its index entry, so the tallies
-- were most of a submit's WAL. Now a change appends one row holding its facts and their differences side by side.
-- The rows are emptied here and rebuilt from the learners' progress rows by V28 (dev.ltt.db.RebuildCohortTallies).
DROP TABLE cohort_tally_deltas;
CREATE TABLE cohort_tally_deltas (
    project_pk bigint    NOT NULL,
    facts      integer[] NOT NULL,
    learners   integer[] NOT NULL,
    CHECK (cardinality(facts) = cardinality(learners))
);
CREATE INDEX cohort_tally_deltas_project ON cohort_tally_deltas (project_pk);
