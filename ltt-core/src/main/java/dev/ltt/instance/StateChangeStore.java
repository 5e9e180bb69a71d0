package dev.ltt.instance;

import java.time.Instant;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import org.jdbi.v3.core.Handle;

/**
 * SQL that records what one unit of work changed in a learner's state, in one statement: the progress rows
 * (upserted), their events (appended in the order the changes happened) and the cohort tallies' differences
 * ({@link CohortTallyStore}). One round trip however many nodes a change carried up or down the tree. Rows and
 * events take the learner from the learner's own row ({@code learner_id = :learner}), so the statement names one
 * learner as every instance statement does (one shard when distributed by learner).
 */
public final class StateChangeStore {
    private final CohortTallyStore tallies;

    public StateChangeStore(CohortTallyStore tallies) {
        this.tallies = tallies;
    }

    /** A state change as the events log keeps it. */
    public record Change(String taskId, Status from, Status to, String actor, String reason) {}

    /** Adds the statement that writes the rows, events and tally differences to {@code trip}; nothing when there are none. */
    public void record(
            RoundTrip trip,
            String learnerId,
            long projectPk,
            Collection<ProgressRow> rows,
            List<Change> changes,
            Map<Integer, Integer> deltas) {
        if (rows.isEmpty() && changes.isEmpty() && deltas.isEmpty()) return;
        int n = rows.size();
        String[] tasks = new String[n], statuses = new String[n], reasons = new String[n];
        String[] started = new String[n], closed = new String[n], updated = new String[n];
        int i = 0;
        for (ProgressRow row : rows) {
            tasks[i] = row.taskId();
            statuses[i] = row.status().key();
            reasons[i] = row.reason();
            started[i] = text(row.startedAt());
            closed[i] = text(row.closedAt());
            updated[i++] = text(row.updatedAt());
        }
        int m = changes.size();
        String[] eventTasks = new String[m], from = new String[m], to = new String[m], actors = new String[m];
        String[] why = new String[m];
        for (int j = 0; j < m; j++) {
            Change c = changes.get(j);
            eventTasks[j] = c.taskId();
            from[j] = c.from().key();
            to[j] = c.to().key();
            actors[j] = c.actor();
            why[j] = c.reason();
        }
        int[] facts = new int[deltas.size()], counts = new int[deltas.size()];
        int k = 0;
        for (Map.Entry<Integer, Integer> e : deltas.entrySet()) {
            facts[k] = e.getKey();
            counts[k++] = e.getValue();
        }
        trip.add(RECORD)
                .bind("learner", learnerId)
                .bind("project", projectPk)
                .bind("tasks", tasks)
                .bind("statuses", statuses)
                .bind("reasons", reasons)
                .bind("started", started)
                .bind("closed", closed)
                .bind("updated", updated)
                .bind("eventTasks", eventTasks)
                .bind("from", from)
                .bind("to", to)
                .bind("actors", actors)
                .bind("why", why)
                .bind("facts", facts)
                .bind("counts", counts);
    }

    /** After a trip with tally differences was sent: counts the append, and now and then folds the version's rows. */
    public void appended(Handle h, long projectPk) {
        tallies.appended(h, projectPk);
    }

    private static String text(Instant instant) {
        return instant == null ? null : instant.toString();
    }

    private static final String RECORD =
            """
            WITH progress AS (
                INSERT INTO learner_task_progress
                    (learner_id, task_id, project_pk, status, status_reason, started_at, closed_at, updated_at)
                SELECT l.learner_id, r.task, :project, r.status, r.reason, CAST(r.started AS timestamptz),
                       CAST(r.closed AS timestamptz), CAST(r.updated AS timestamptz)
                FROM learners l
                CROSS JOIN unnest(CAST(:tasks AS text[]), CAST(:statuses AS text[]), CAST(:reasons AS text[]),
                                  CAST(:started AS text[]), CAST(:closed AS text[]), CAST(:updated AS text[]))
                     AS r(task, status, reason, started, closed, updated)
                WHERE l.learner_id = :learner
                ON CONFLICT (learner_id, task_id) DO UPDATE SET
                    status = excluded.status, status_reason = excluded.status_reason,
                    started_at = excluded.started_at, closed_at = excluded.closed_at, updated_at = excluded.updated_at
                RETURNING 1),
            logged AS (
                INSERT INTO events (learner_id, task_id, from_status, to_status, actor, reason)
                SELECT l.learner_id, e.task, e.from_status, e.to_status, e.actor, e.why
                FROM learners l
                CROSS JOIN unnest(CAST(:eventTasks AS text[]), CAST(:from AS text[]), CAST(:to AS text[]),
                                  CAST(:actors AS text[]), CAST(:why AS text[])) WITH ORDINALITY
                     AS e(task, from_status, to_status, actor, why, n)
                WHERE l.learner_id = :learner
                ORDER BY e.n
                RETURNING 1),
            tallied AS (
                %s
                RETURNING 1)
            SELECT CAST((SELECT count(*) FROM progress) + (SELECT count(*) FROM logged) + (SELECT count(*) FROM tallied)
                        AS integer)
            """.formatted(CohortTallyStore.INSERT.strip().indent(4).strip());
}
