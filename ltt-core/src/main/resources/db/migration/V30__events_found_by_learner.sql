-- Issue 11: every state change appends its events, and each index of the events table is one more entry written
-- (and WAL-logged) per event: two to six events a submit. Events are read by learner, newest first, and for one
-- task only within one learner's log (dev.ltt.instance.EventStore.list, a browse, not a hot path): the primary key
-- (learner_id, event_id) serves both, walking that learner's events newest first. The second index, on
-- (learner_id, task_id, event_id), cost every submit two index entries for that browse alone.
DROP INDEX events_task;
