package dev.ltt.instance;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.jdbi.v3.core.Handle;
import org.jdbi.v3.core.statement.Query;

/**
 * SQL for progress rows: read a learner's rows of one project version in one indexed query, together with
 * whether the learner exists and which version they are on, so a hot read is one statement. They are written by
 * {@link StateChangeStore}.
 */
public final class ProgressStore {

    /**
     * What one statement tells about a learner in a project: the version they are on ({@code enrolledPk}, null
     * before their first change there), the version read ({@code projectPk}: theirs, else the latest; null when
     * the project does not exist) and their rows in it.
     */
    public record LearnerRows(Long enrolledPk, Long projectPk, List<ProgressRow> rows) {}

    /**
     * The learner's rows in the version of {@code slug} they are on, or the latest one before their first change
     * there; empty when there is no such learner. One statement.
     */
    public Optional<LearnerRows> bySlug(Handle h, String learnerId, String slug) {
        return collect(h.createQuery("""
                        SELECT e.project_pk, v.pk, p.task_id, p.status, p.status_reason, p.started_at, p.closed_at,
                               p.updated_at
                        FROM learners l
                        LEFT JOIN enrollments e ON e.learner_id = l.learner_id AND e.slug = :slug
                        CROSS JOIN LATERAL (SELECT coalesce(e.project_pk, (SELECT pk FROM projects WHERE slug = :slug
                                                                      ORDER BY version DESC LIMIT 1)) AS pk) v
                        LEFT JOIN learner_task_progress p ON p.learner_id = :learner AND p.project_pk = v.pk
                        WHERE l.learner_id = :learner
                        """).bind("learner", learnerId).bind("slug", slug));
    }

    /**
     * The learner's rows in version {@code projectPk} of {@code slug}, and the version they are on; empty when there
     * is no such learner. One statement.
     */
    public Optional<LearnerRows> inVersion(Handle h, String learnerId, String slug, long projectPk) {
        return collect(
                h.createQuery("""
                        SELECT e.project_pk, CAST(:project AS bigint), p.task_id, p.status, p.status_reason,
                               p.started_at, p.closed_at, p.updated_at
                        FROM learners l
                        LEFT JOIN enrollments e ON e.learner_id = l.learner_id AND e.slug = :slug
                        LEFT JOIN learner_task_progress p ON p.learner_id = :learner AND p.project_pk = :project
                        WHERE l.learner_id = :learner
                        """).bind("learner", learnerId).bind("slug", slug).bind("project", projectPk));
    }

    private static Optional<LearnerRows> collect(Query query) {
        List<ProgressRow> rows = new ArrayList<>();
        Long[] keys = null;
        for (Object[] r : query.map((rs, ctx) -> new Object[] {
                    rs.getObject(1, Long.class),
                    rs.getObject(2, Long.class),
                    rs.getString(3) == null ? null : shifted(rs)
                })
                .list()) {
            keys = new Long[] {(Long) r[0], (Long) r[1]};
            if (r[2] != null) rows.add((ProgressRow) r[2]);
        }
        return keys == null ? Optional.empty() : Optional.of(new LearnerRows(keys[0], keys[1], rows));
    }

    /** A progress row from columns 3 to 8. */
    private static ProgressRow shifted(ResultSet rs) throws SQLException {
        return new ProgressRow(
                rs.getString(3),
                Status.fromStored(rs.getString(4)),
                rs.getString(5),
                instant(rs, 6),
                instant(rs, 7),
                instant(rs, 8));
    }

    static Instant instant(ResultSet rs, int column) throws SQLException {
        Timestamp t = rs.getTimestamp(column);
        return t == null ? null : t.toInstant();
    }

    static Timestamp timestamp(Instant instant) {
        return instant == null ? null : Timestamp.from(instant);
    }
}
