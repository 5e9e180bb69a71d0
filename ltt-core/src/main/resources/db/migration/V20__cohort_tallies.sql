-- Cohort tallies (issue 11): how many enrolled learners of a project version see each node with each effective
-- status (and have closed all leaves of a node, and mastered a Bloom level), kept as differences from a learner
-- with no progress rows, so that the instructors' views cost the nodes, not learners x nodes. Rows are only
-- appended by changes (in the change's transaction) and now and then folded into one per fact; see
-- dev.ltt.instance.CohortFacts and CohortTallyStore. V21 (a Java migration) fills it for existing learners.
CREATE TABLE cohort_tally_deltas (
    project_pk bigint  NOT NULL REFERENCES projects (pk) ON DELETE CASCADE,
    fact       integer NOT NULL,
    learners   integer NOT NULL
);
CREATE INDEX cohort_tally_deltas_project ON cohort_tally_deltas (project_pk, fact);
