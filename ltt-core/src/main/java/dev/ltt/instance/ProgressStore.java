package dev.ltt.instance;

import org.jdbi.v3.core.Handle;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.List;

/** SQL for progress rows: read a learner's rows of one project version in one indexed query; upsert one. */
public final class ProgressStore {

    public List<ProgressRow> forProject(Handle h, String learnerId, long projectPk) {
        return h.createQuery("""
                        SELECT task_id, status, status_reason, started_at, closed_at, updated_at
                        FROM learner_task_progress
                        WHERE learner_id = :learner AND project_pk = :project
                        """)
                .bind("learner", learnerId).bind("project", projectPk)
                .map((rs, ctx) -> row(rs)).list();
    }

    /** Writes the row (creating it on the learner's first change of this task) with the given values. */
    public void upsert(Handle h, String learnerId, long projectPk, ProgressRow row) {
        h.createUpdate("""
                        INSERT INTO learner_task_progress
                            (learner_id, task_id, project_pk, status, status_reason, started_at, closed_at, updated_at)
                        VALUES (:learner, :task, :project, :status, :reason, :startedAt, :closedAt, :updatedAt)
                        ON CONFLICT (learner_id, task_id) DO UPDATE SET
                            status = excluded.status, status_reason = excluded.status_reason,
                            started_at = excluded.started_at, closed_at = excluded.closed_at,
                            updated_at = excluded.updated_at
                        """)
                .bind("learner", learnerId).bind("task", row.taskId()).bind("project", projectPk)
                .bind("status", row.status().key()).bind("reason", row.reason())
                .bind("startedAt", timestamp(row.startedAt())).bind("closedAt", timestamp(row.closedAt()))
                .bind("updatedAt", timestamp(row.updatedAt()))
                .execute();
    }

    private static ProgressRow row(ResultSet rs) throws SQLException {
        return new ProgressRow(rs.getString(1), Status.fromKey(rs.getString(2)), rs.getString(3), instant(rs, 4),
                instant(rs, 5), instant(rs, 6));
    }

    static Instant instant(ResultSet rs, int column) throws SQLException {
        Timestamp t = rs.getTimestamp(column);
        return t == null ? null : t.toInstant();
    }

    static Timestamp timestamp(Instant instant) {
        return instant == null ? null : Timestamp.from(instant);
    }
}
