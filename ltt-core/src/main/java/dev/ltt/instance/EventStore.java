package dev.ltt.instance;

import java.util.List;
import org.jdbi.v3.core.Handle;

/** SQL for the events log: every state change is appended in the transaction that makes it ({@link StateChangeStore}). */
public final class EventStore {

    /** Appends one event on its own (a unit's state changes are written by {@link StateChangeStore}). */
    public void append(Handle h, String learnerId, String taskId, Status from, Status to, String actor, String reason) {
        h.createUpdate("""
                        INSERT INTO events (learner_id, task_id, from_status, to_status, actor, reason)
                        VALUES (:learner, :task, :from, :to, :actor, :reason)
                        """)
                .bind("learner", learnerId)
                .bind("task", taskId)
                .bind("from", from.key())
                .bind("to", to.key())
                .bind("actor", actor)
                .bind("reason", reason)
                .execute();
    }

    /** The learner's events, newest first; for one task when {@code taskId} is not null. */
    public List<Event> list(Handle h, String learnerId, String taskId, int limit) {
        return h.createQuery("""
                        SELECT event_id, learner_id, task_id, from_status, to_status, actor, reason, created_at
                        FROM events
                        WHERE learner_id = :learner AND (CAST(:task AS text) IS NULL OR task_id = :task)
                        ORDER BY event_id DESC
                        LIMIT :limit
                        """)
                .bind("learner", learnerId)
                .bind("task", taskId)
                .bind("limit", limit)
                .map((rs, ctx) -> new Event(
                        rs.getLong(1),
                        rs.getString(2),
                        rs.getString(3),
                        Status.fromKey(rs.getString(4)),
                        Status.fromKey(rs.getString(5)),
                        rs.getString(6),
                        rs.getString(7),
                        rs.getTimestamp(8).toInstant()))
                .list();
    }
}
