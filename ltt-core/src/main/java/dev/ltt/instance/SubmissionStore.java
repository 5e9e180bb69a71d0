package dev.ltt.instance;

import dev.ltt.json.Json;
import dev.ltt.validation.Verdict;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.List;
import java.util.Optional;
import java.util.function.LongConsumer;
import org.jdbi.v3.core.Handle;

/** SQL for submissions and their validations, always scoped by learner. */
public final class SubmissionStore {
    private static final String SELECT = """
            SELECT s.submission_id, s.task_id, s.attempt_number, s.submission_type, s.content, s.result::text,
                   s.created_at, v.validation_id, v.passed, v.grade, v.feedback, v.validator, v.created_at
            FROM submissions s
            LEFT JOIN LATERAL (
                SELECT * FROM validations lv
                WHERE lv.learner_id = s.learner_id AND lv.submission_id = s.submission_id
                ORDER BY lv.validation_id DESC LIMIT 1
            ) v ON true
            """;

    /**
     * Adds to {@code trip} the statement that stores a submission as attempt {@code attempt} (the caller holds the
     * learner's lock and read their attempts under it) and its validation; {@code id} receives the submission's id
     * when the trip is sent.
     */
    public void record(
            RoundTrip trip, String learnerId, String taskId, int attempt, Attempt attemptMade, LongConsumer id) {
        trip.add("""
                        WITH s AS (
                            INSERT INTO submissions (learner_id, task_id, attempt_number, submission_type, content, result)
                            SELECT l.learner_id, :task, :attempt, :type, :content, CAST(:result AS jsonb)
                            FROM learners l WHERE l.learner_id = :learner
                            RETURNING submission_id),
                        v AS (
                            INSERT INTO validations (learner_id, submission_id, task_id, passed, grade, feedback, validator)
                            SELECT :learner, s.submission_id, :task, :passed, :grade, :feedback, :validator FROM s
                            RETURNING validation_id)
                        SELECT s.submission_id FROM s CROSS JOIN v
                        """)
                .bind("learner", learnerId)
                .bind("task", taskId)
                .bind("attempt", attempt)
                .bind("type", attemptMade.type())
                .bind("content", attemptMade.content())
                .bind("result", attemptMade.resultJson())
                .bind("passed", attemptMade.passed())
                .bind("grade", attemptMade.grade())
                .bind("feedback", attemptMade.feedback())
                .bind("validator", attemptMade.validator())
                .reading(rs -> {
                    rs.next();
                    id.accept(rs.getLong(1));
                });
    }

    /** A submission as handed in, with its verdict. */
    public record Attempt(
            String type,
            String content,
            String resultJson,
            boolean passed,
            double grade,
            String feedback,
            String validator) {}

    /** A further validation of a stored submission (an instructor's review). */
    public long insertValidation(
            Handle h,
            String learnerId,
            long submissionId,
            String taskId,
            boolean passed,
            double grade,
            String feedback,
            String validator) {
        return h.createUpdate("""
                        INSERT INTO validations (learner_id, submission_id, task_id, passed, grade, feedback, validator)
                        VALUES (:learner, :submission, :task, :passed, :grade, :feedback, :validator)
                        """)
                .bind("learner", learnerId)
                .bind("submission", submissionId)
                .bind("task", taskId)
                .bind("passed", passed)
                .bind("grade", grade)
                .bind("feedback", feedback)
                .bind("validator", validator)
                .executeAndReturnGeneratedKeys("validation_id")
                .mapTo(Long.class)
                .one();
    }

    /** The learner's submissions for a task, newest first, each with its validation. */
    public List<StoredSubmission> forTask(Handle h, String learnerId, String taskId, int limit) {
        return h.createQuery(SELECT + """
                        WHERE s.learner_id = :learner AND s.task_id = :task
                        ORDER BY s.attempt_number DESC
                        LIMIT :limit
                        """)
                .bind("learner", learnerId)
                .bind("task", taskId)
                .bind("limit", limit)
                .map((rs, ctx) -> submission(rs))
                .list();
    }

    public Optional<StoredSubmission> latest(Handle h, String learnerId, String taskId) {
        return forTask(h, learnerId, taskId, 1).stream().findFirst();
    }

    /** One submission of the learner by id, with its latest validation (an instructor's review can follow the check). */
    public Optional<StoredSubmission> find(Handle h, String learnerId, long submissionId) {
        return h.createQuery(SELECT + " WHERE s.learner_id = :learner AND s.submission_id = :id")
                .bind("learner", learnerId)
                .bind("id", submissionId)
                .map((rs, ctx) -> submission(rs))
                .findOne();
    }

    public int count(Handle h, String learnerId, String taskId) {
        return h.createQuery("SELECT count(*) FROM submissions WHERE learner_id = :learner AND task_id = :task")
                .bind("learner", learnerId)
                .bind("task", taskId)
                .mapTo(Integer.class)
                .one();
    }

    private static StoredSubmission submission(ResultSet rs) throws SQLException {
        String result = rs.getString(6);
        long validationId = rs.getLong(8);
        boolean judged = !rs.wasNull();
        Verdict verdict =
                judged ? new Verdict(rs.getBoolean(9), rs.getDouble(10), rs.getString(11), rs.getString(12)) : null;
        return new StoredSubmission(
                rs.getLong(1),
                rs.getString(2),
                rs.getInt(3),
                rs.getString(4),
                rs.getString(5),
                result == null ? null : Json.parse(result),
                rs.getTimestamp(7).toInstant(),
                judged ? validationId : null,
                verdict,
                judged ? rs.getTimestamp(13).toInstant() : null);
    }
}
