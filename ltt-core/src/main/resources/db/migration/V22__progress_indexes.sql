-- Issue 11: storage per touched (learner, task). The cohort views read the tallies (V20) instead of scanning
-- progress rows by task, and a learner's rows are found through the primary key (learner_id, task_id), whose
-- leading column already narrows them to one learner; the two wide indexes went into every row's cost for
-- nothing. What still looks across learners is the stuck-learners query, which wants the rows in progress of
-- a version, oldest change first: a partial index over those rows only.
DROP INDEX learner_task_progress_cohort;
DROP INDEX learner_task_progress_project;
CREATE INDEX learner_task_progress_in_progress ON learner_task_progress (project_pk, updated_at)
    WHERE status = 'in_progress';
