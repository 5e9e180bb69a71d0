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

    /**
     * What a write reads under the learner's lock: their rows in the version, their attempts on the task, and whether
     * they have a grade link in the project (a learner who came through an LTI launch: each change queues a score).
     */
    public record Locked(LearnerRows rows, int attempts, boolean graded) {}

    /**
     * Locks the learner's row, then reads their rows in version {@code projectPk} of {@code slug}, the version they
     * are on, how many attempts they have submitted on {@code taskId} and whether they have a grade link in
     * {@code slug}: two statements sent in one round trip. The reads are a statement of their own because rows read
     * in the locking statement could predate a write that committed while it waited for the lock; a statement sees
     * what committed before it began. A launch writes a grade link while it holds the learner's row (it updates it),
     * so the link read here is as current as the rows. Empty when there is no such learner.
     */
    public Optional<Locked> lockedInVersion(Handle h, String learnerId, String slug, long projectPk, String taskId) {
        try (Query query = h.createQuery("SELECT 1 FROM learners WHERE learner_id = :learner FOR UPDATE;\n" + LOCKED)
                .bind("learner", new Bound(learnerId))
                .bind("slug", new Bound(slug))
                .bind("project", new Bound(projectPk))
                .bind("task", new Bound(taskId))) {
            return query.execute((statement, ctx) -> { // executed: the lock's result first, then the read
                PreparedStatement ps = statement.get();
                try (ResultSet lock = ps.getResultSet()) {
                    if (!lock.next()) return Optional.empty();
                }
                ps.getMoreResults();
                try (ResultSet rs = ps.getResultSet()) {
                    List<ProgressRow> rows = new ArrayList<>();
                    Long enrolledPk = null;
                    int attempts = 0;
                    boolean graded = false;
                    while (rs.next()) { // the learner's row exists (it was locked): at least one row
                        enrolledPk = rs.getObject(1, Long.class);
                        if (rs.getString(3) != null) rows.add(shifted(rs));
                        attempts = rs.getInt(9);
                        graded = rs.getBoolean(10);
                    }
                    return Optional.of(new Locked(new LearnerRows(enrolledPk, projectPk, rows), attempts, graded));
                }
            });
        }
    }

    /** The learner, the version they are on and their rows in version {@code :project}. */
    private static final String IN_VERSION_FROM = """

            FROM learners l
            LEFT JOIN enrollments e ON e.learner_id = l.learner_id AND e.slug = :slug
            LEFT JOIN learner_task_progress p ON p.learner_id = :learner AND p.project_pk = :project
            WHERE l.learner_id = :learner
            """;

    private static final String ROW_COLUMNS = """
            SELECT e.project_pk, CAST(:project AS bigint), p.task_id, p.status, p.status_reason,
                   p.started_at, p.closed_at, p.updated_at""";

    private static final String IN_VERSION = ROW_COLUMNS + IN_VERSION_FROM;

    /** The rows' columns, then the learner's attempts on the task and whether they have a grade link. */
    private static final String LOCKED = ROW_COLUMNS + ",\n" + """
                   (SELECT coalesce(max(attempt_number), 0) FROM submissions
                    WHERE learner_id = :learner AND task_id = :task),
                   EXISTS (SELECT 1 FROM lti_grade_links WHERE learner_id = :learner AND slug = :slug)""" + IN_VERSION_FROM;

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
