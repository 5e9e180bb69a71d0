package dev.ltt.instance;

import dev.ltt.db.Bound;
import java.sql.PreparedStatement;
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
        return collect(h.createQuery(
                        "SELECT e.project_pk, v.pk, p.task_id, p.status, p.status_reason, p.started_at, p.closed_at, "
                                + "p.updated_at" + BY_SLUG)
                .bind("learner", new Bound(learnerId))
                .bind("slug", new Bound(slug)));
    }

    /**
     * As {@link #bySlug}, without the rows' timestamps (null): what a ready or blocked list needs, read and decoded
     * on every call of the hottest read.
     */
    public Optional<LearnerRows> statusesBySlug(Handle h, String learnerId, String slug) {
        return collect(h.createQuery("SELECT e.project_pk, v.pk, p.task_id, p.status, p.status_reason, "
                        + "NULL::timestamptz, NULL::timestamptz, NULL::timestamptz" + BY_SLUG)
                .bind("learner", new Bound(learnerId))
                .bind("slug", new Bound(slug)));
    }

    /** The learner, the version they are on (else the latest) and their rows in it. */
    private static final String BY_SLUG = """

            FROM learners l
            LEFT JOIN enrollments e ON e.learner_id = l.learner_id AND e.slug = :slug
            CROSS JOIN LATERAL (SELECT coalesce(e.project_pk, (SELECT pk FROM projects WHERE slug = :slug
                                                          ORDER BY version DESC LIMIT 1)) AS pk) v
            LEFT JOIN learner_task_progress p ON p.learner_id = :learner AND p.project_pk = v.pk
            WHERE l.learner_id = :learner
            """;

    /**
     * The learner's rows in version {@code projectPk} of {@code slug}, and the version they are on; empty when there
     * is no such learner. One statement.
     */
    public Optional<LearnerRows> inVersion(Handle h, String learnerId, String slug, long projectPk) {
        return collect(h.createQuery(IN_VERSION)
                .bind("learner", new Bound(learnerId))
                .bind("slug", new Bound(slug))
                .bind("project", new Bound(projectPk)));
    }

    /** What a write reads under the learner's lock: their rows in the version, and their attempts on the task. */
    public record Locked(LearnerRows rows, int attempts) {}

    /**
     * Locks the learner's row, then reads their rows in version {@code projectPk} of {@code slug}, the version they
     * are on, and how many attempts they have submitted on {@code taskId}: three statements sent in one round trip.
     * The reads are statements of their own because rows read in the locking statement could predate a write that
     * committed while it waited for the lock; each statement sees what committed before it began. Empty when there
     * is no such learner.
     */
    public Optional<Locked> lockedInVersion(Handle h, String learnerId, String slug, long projectPk, String taskId) {
        try (Query query = h.createQuery(String.join(
                        ";\n",
                        "SELECT 1 FROM learners WHERE learner_id = :learner FOR UPDATE",
                        IN_VERSION,
                        SubmissionStore.ATTEMPTS))
                .bind("learner", new Bound(learnerId))
                .bind("slug", new Bound(slug))
                .bind("project", new Bound(projectPk))
                .bind("task", new Bound(taskId))) {
            return query.execute((statement, ctx) -> { // executed: the lock's result first, then the reads
                PreparedStatement ps = statement.get();
                try (ResultSet lock = ps.getResultSet()) {
                    if (!lock.next()) return Optional.empty();
                }
                ps.getMoreResults();
                LearnerRows rows;
                try (ResultSet rs = ps.getResultSet()) {
                    rows = collect(rs).orElseThrow();
                }
                ps.getMoreResults();
                try (ResultSet rs = ps.getResultSet()) {
                    rs.next();
                    return Optional.of(new Locked(rows, rs.getInt(1)));
                }
            });
        }
    }

    private static final String IN_VERSION = """
            SELECT e.project_pk, CAST(:project AS bigint), p.task_id, p.status, p.status_reason,
                   p.started_at, p.closed_at, p.updated_at
            FROM learners l
            LEFT JOIN enrollments e ON e.learner_id = l.learner_id AND e.slug = :slug
            LEFT JOIN learner_task_progress p ON p.learner_id = :learner AND p.project_pk = :project
            WHERE l.learner_id = :learner
            """;

    private static Optional<LearnerRows> collect(Query query) {
        return query.scanResultSet((rs, ctx) -> collect(rs.get()));
    }

    private static Optional<LearnerRows> collect(ResultSet rs) throws SQLException {
        List<ProgressRow> rows = new ArrayList<>();
        Long[] keys = null;
        while (rs.next()) {
            keys = new Long[] {rs.getObject(1, Long.class), rs.getObject(2, Long.class)};
            if (rs.getString(3) != null) rows.add(shifted(rs));
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
