-- Issue 11: a foreign key check locks the row it finds (FOR KEY SHARE). The per-learner tables written on every
-- change referenced the shared template rows (the task, the project version), so every submit of every learner
-- locked the same few task rows and the one project row: when two transactions hold such a lock at once,
-- PostgreSQL turns it into a MultiXact, written to its own log and to the page of the shared row. Thousands of
-- learners on one curriculum serialised on that. A version's tasks and the version itself are immutable and
-- never deleted, and every write names a task found in the version's snapshot (dev.ltt.usecase.ProjectAccess), so
-- the references stay true without the checks. The references between instance tables (a validation's
-- submission) and to the learner (already locked by the writer: dev.ltt.instance.ProgressStore.lockedInVersion)
-- stay.
DO $$
DECLARE
    fk record;
BEGIN
    FOR fk IN
        SELECT c.conrelid::regclass AS tab, c.conname
        FROM pg_constraint c
        WHERE c.contype = 'f'
          AND c.conparentid = 0
          AND c.confrelid IN ('tasks'::regclass, 'projects'::regclass)
          AND c.conrelid IN ('learner_task_progress'::regclass, 'submissions'::regclass, 'validations'::regclass,
                             'status_summaries'::regclass, 'events'::regclass, 'cohort_tally_deltas'::regclass)
    LOOP
        EXECUTE format('ALTER TABLE %s DROP CONSTRAINT %I', fk.tab, fk.conname);
    END LOOP;
END
$$;
