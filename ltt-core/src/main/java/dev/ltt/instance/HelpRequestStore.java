package dev.ltt.instance;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.List;
import java.util.Optional;
import org.jdbi.v3.core.Handle;

/**
 * SQL for help requests. Every query is scoped by learner except {@link #openForProject}, the instructors'
 * queue, which by nature looks across learners (on a sharded instance layer it becomes a fan-out).
 */
public final class HelpRequestStore {
    private static final String COLUMNS = """
            help_id, learner_id, task_id, message, status, answer, resolved_by, created_at, resolved_at, submission_id
            """;

    public HelpRequest insert(Handle h, String learnerId, String taskId, String message, Long submissionId) {
        return h.createQuery("""
                        INSERT INTO help_requests (learner_id, task_id, message, submission_id)
                        VALUES (:learner, :task, :message, :submission)
                        RETURNING help_id, learner_id, task_id, message, status, answer, resolved_by, created_at,
                                  resolved_at, submission_id
                        """)
                .bind("learner", learnerId)
                .bind("task", taskId)
                .bind("message", message)
                .bind("submission", submissionId)
                .map((rs, ctx) -> request(rs))
                .one();
    }

    public Optional<HelpRequest> find(Handle h, String learnerId, long helpId) {
        return h.createQuery("SELECT " + COLUMNS + "FROM help_requests WHERE learner_id = :learner AND help_id = :id")
                .bind("learner", learnerId)
                .bind("id", helpId)
                .map((rs, ctx) -> request(rs))
                .findOne();
    }

    /** The learner's requests, newest first. */
    public List<HelpRequest> forLearner(Handle h, String learnerId, int limit) {
        return h.createQuery("SELECT " + COLUMNS + """
                        FROM help_requests WHERE learner_id = :learner
                        ORDER BY created_at DESC, help_id DESC
                        LIMIT :limit
                        """)
                .bind("learner", learnerId)
                .bind("limit", limit)
                .map((rs, ctx) -> request(rs))
                .list();
    }

    /** Resolves the request if it is still open; empty when there is no such open request. */
    public Optional<HelpRequest> resolve(Handle h, String learnerId, long helpId, String answer, String resolvedBy) {
        return h.createQuery("""
                        UPDATE help_requests
                        SET status = 'resolved', answer = :answer, resolved_by = :by, resolved_at = now()
                        WHERE learner_id = :learner AND help_id = :id AND status = 'open'
                        RETURNING help_id, learner_id, task_id, message, status, answer, resolved_by, created_at,
                                  resolved_at, submission_id
                        """)
                .bind("learner", learnerId)
                .bind("id", helpId)
                .bind("answer", answer)
                .bind("by", resolvedBy)
                .map((rs, ctx) -> request(rs))
                .findOne();
    }

    /** Open requests on any version of the project {@code slug}, across learners, oldest first. */
    public List<QueuedHelpRequest> openForProject(Handle h, String slug, int limit, int offset) {
        return h.createQuery("""
                        SELECT r.help_id, r.learner_id, r.task_id, t.title, p.version, r.message, r.created_at,
                               r.submission_id
                        FROM help_requests r
                        JOIN tasks t ON t.id = r.task_id
                        JOIN projects p ON p.pk = t.project_pk
                        WHERE r.status = 'open' AND p.slug = :slug
                        ORDER BY r.created_at, r.learner_id, r.help_id
                        LIMIT :limit OFFSET :offset
                        """)
                .bind("slug", slug)
                .bind("limit", limit)
                .bind("offset", offset)
                .map((rs, ctx) -> new QueuedHelpRequest(
                        rs.getLong(1),
                        rs.getString(2),
                        rs.getString(3),
                        rs.getString(4),
                        rs.getInt(5),
                        rs.getString(6),
                        rs.getTimestamp(7).toInstant(),
                        rs.getObject(8, Long.class)))
                .list();
    }

    private static HelpRequest request(ResultSet rs) throws SQLException {
        return new HelpRequest(
                rs.getLong(1),
                rs.getString(2),
                rs.getString(3),
                rs.getString(4),
                rs.getString(5),
                rs.getString(6),
                rs.getString(7),
                ProgressStore.instant(rs, 8),
                ProgressStore.instant(rs, 9),
                rs.getObject(10, Long.class));
    }
}
