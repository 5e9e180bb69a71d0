package dev.ltt.progress;

import dev.ltt.instance.ProgressRow;
import dev.ltt.instance.ProgressStore.LearnerRows;
import dev.ltt.instance.Status;
import dev.ltt.instance.StoredSubmission;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.Function;
import org.jdbi.v3.core.Handle;
import org.jdbi.v3.core.statement.Query;

/**
 * SQL for the two reads of one task for one learner, each one statement: the task in detail (the learner's rows
 * and the latest attempt) and the agent context (the rows and every kind of history and memory). Each statement
 * returns one header row, whether the learner exists, the version they are on, and the history as one json
 * object, then one row per progress row of the learner in the task's version: the history comes once, not beside
 * each of the learner's (up to a thousand) rows. Every part of the history is selected, ordered and limited as
 * the store that reads it alone does ({@code SubmissionStore.forTask}, {@code NoteStore.forTask} and
 * {@code latestPerTask}, {@code HelpRequestStore.forLearner}, {@code SharedCommentStore}/{@code CommentStore
 * .forTask}, {@code MemoryStore}), and decoded with Jackson into the records those stores return
 * ({@link ContextHistory}). It lives beside its use-cases, not in the instance layer, because it also reads the
 * template's shared comments and the memory feature's tables.
 */
final class ContextStore {

    /** How many of each kind of history the context shows. */
    record Limits(int attempts, int notes, int projectNotes, int helpWindow, int comments, int observations) {}

    /** What one statement read: the learner's version and rows, and the history ({@code H}) beside them. */
    record Read<H>(LearnerRows learner, H history) {}

    /**
     * The learner's header row, with the history (the one {@code %s}) as json, then their progress rows in the
     * task's version. The enrollment and the rows are those of {@code ProgressStore.inVersion}.
     */
    private static final String LEARNER_AND_ROWS = """
            SELECT e.project_pk AS enrolled_pk, NULL AS task_id, NULL AS status, NULL AS status_reason,
                   NULL AS started_at, NULL AS closed_at, NULL AS updated_at, %s AS history
            FROM learners l
            LEFT JOIN enrollments e ON e.learner_id = l.learner_id AND e.slug = :slug
            WHERE l.learner_id = :learner
            UNION ALL
            SELECT NULL, p.task_id, p.status, p.status_reason, p.started_at, p.closed_at, p.updated_at, NULL
            FROM learner_task_progress p
            WHERE p.learner_id = :learner AND p.project_pk = :project
            """;

    /** The learner's latest attempts at the task, each with its latest validation (an instructor's review). */
    private static final String RECENT = """
            (SELECT json_agg(r ORDER BY r.attempt_number DESC) FROM (
                SELECT s.submission_id, s.task_id, s.attempt_number, s.submission_type, s.content,
                       s.result::text AS result, s.created_at, v.validation_id, v.passed, v.grade, v.feedback,
                       v.validator, v.created_at AS validated_at
                FROM submissions s
                LEFT JOIN LATERAL (
                    SELECT * FROM validations lv
                    WHERE lv.learner_id = :learner AND lv.submission_id = s.submission_id
                    ORDER BY lv.validation_id DESC LIMIT 1
                ) v ON true
                WHERE s.learner_id = :learner AND s.task_id = :task
                ORDER BY s.attempt_number DESC
                LIMIT :attempts) r)""";

    /** The task detail: the latest attempt only. */
    private static final String TASK = LEARNER_AND_ROWS.formatted("json_build_object('recent', " + RECENT + ")");

    /**
     * The agent context. Open help requests are those of the task among the learner's newest {@code helpWindow}
     * (as the context always chose them from the learner's list); shared and own comments come newest first,
     * each limited, for {@code ListComments} to merge.
     */
    private static final String CONTEXT = LEARNER_AND_ROWS.formatted("""
            json_build_object(
                'recent', %s,
                'task_notes', (SELECT json_agg(n ORDER BY n.version DESC) FROM (
                    SELECT learner_id, task_id, version, summary AS text, author, created_at
                    FROM status_summaries
                    WHERE learner_id = :learner AND task_id = :task
                    ORDER BY version DESC
                    LIMIT :notes) n),
                'project_notes', (SELECT json_agg(n ORDER BY n.created_at DESC, n.task_id) FROM (
                    SELECT * FROM (
                        SELECT DISTINCT ON (s.task_id)
                               s.learner_id, s.task_id, s.version, s.summary AS text, s.author, s.created_at
                        FROM status_summaries s JOIN tasks t ON t.id = s.task_id
                        WHERE s.learner_id = :learner AND t.project_pk = :project
                        ORDER BY s.task_id, s.version DESC
                    ) latest
                    ORDER BY created_at DESC, task_id
                    LIMIT :projectNotes) n),
                'open_help', (SELECT json_agg(r ORDER BY r.created_at DESC, r.id DESC) FROM (
                    SELECT help_id AS id, learner_id, task_id, message, status, answer, resolved_by, created_at,
                           resolved_at, submission_id
                    FROM help_requests
                    WHERE learner_id = :learner
                    ORDER BY created_at DESC, help_id DESC
                    LIMIT :helpWindow) r
                    WHERE r.task_id = :task AND r.status = 'open'),
                'shared_comments', (SELECT json_agg(c ORDER BY c.created_at DESC, c.id DESC) FROM (
                    SELECT id, task_id, author, body, created_at
                    FROM shared_comments
                    WHERE task_id = :task
                    ORDER BY created_at DESC, id DESC
                    LIMIT :comments) c),
                'own_comments', (SELECT json_agg(c ORDER BY c.created_at DESC, c.id DESC) FROM (
                    SELECT comment_id AS id, learner_id, task_id, author, body, created_at
                    FROM comments
                    WHERE learner_id = :learner AND task_id = :task
                    ORDER BY created_at DESC, comment_id DESC
                    LIMIT :comments) c),
                'profile', (SELECT to_json(pr) FROM (
                    SELECT name, experience, learning_style, communication_preferences, strengths, areas_for_growth,
                           interests, background, updated_at, updated_by
                    FROM learner_profiles
                    WHERE learner_id = :learner) pr),
                'observations', (SELECT json_agg(o ORDER BY o.id DESC) FROM (
                    SELECT observation_id AS id, text, context, slug, author, created_at
                    FROM learner_observations
                    WHERE learner_id = :learner AND (slug IS NULL OR slug = :slug)
                    ORDER BY observation_id DESC
                    LIMIT :observations) o))""".formatted(RECENT));

    /**
     * The learner's rows in version {@code projectPk} of {@code slug} and their latest attempt at the task; empty
     * when there is no such learner. One statement.
     */
    Optional<Read<Optional<StoredSubmission>>> task(
            Handle h, String learnerId, String slug, long projectPk, String taskId) {
        Query query = h.createQuery(TASK).bind("attempts", 1);
        return read(query, learnerId, slug, projectPk, taskId, ContextJson.Task.class, ContextJson.Task::latest);
    }

    /**
     * The learner's rows in version {@code projectPk} of {@code slug} and everything the agent context shows of
     * their history on the task; empty when there is no such learner. One statement.
     */
    Optional<Read<ContextHistory>> context(
            Handle h, String learnerId, String slug, long projectPk, String taskId, Limits limits) {
        Query query = h.createQuery(CONTEXT)
                .bind("attempts", limits.attempts())
                .bind("notes", limits.notes())
                .bind("projectNotes", limits.projectNotes())
                .bind("helpWindow", limits.helpWindow())
                .bind("comments", limits.comments())
                .bind("observations", limits.observations());
        return read(query, learnerId, slug, projectPk, taskId, ContextJson.Context.class, ContextJson.Context::history);
    }

    /** Runs the statement: the header row (no task id) carries the version and the history, the others rows. */
    private static <J, H> Optional<Read<H>> read(
            Query query,
            String learnerId,
            String slug,
            long projectPk,
            String taskId,
            Class<J> json,
            Function<J, H> history) {
        return query.bind("learner", learnerId)
                .bind("slug", slug)
                .bind("project", projectPk)
                .bind("task", taskId)
                .scanResultSet((results, ctx) -> {
                    ResultSet rs = results.get();
                    List<ProgressRow> rows = new ArrayList<>();
                    Long enrolledPk = null;
                    H found = null;
                    while (rs.next()) {
                        if (rs.getString(2) != null) {
                            rows.add(row(rs));
                        } else {
                            enrolledPk = rs.getObject(1, Long.class);
                            found = history.apply(ContextJson.decode(rs.getString(8), json));
                        }
                    }
                    return found == null
                            ? Optional.empty()
                            : Optional.of(new Read<>(new LearnerRows(enrolledPk, projectPk, rows), found));
                });
    }

    /** A progress row from columns 2 to 7, as {@code ProgressStore} maps it. */
    private static ProgressRow row(ResultSet rs) throws SQLException {
        return new ProgressRow(
                rs.getString(2),
                Status.fromStored(rs.getString(3)),
                rs.getString(4),
                instant(rs.getTimestamp(5)),
                instant(rs.getTimestamp(6)),
                instant(rs.getTimestamp(7)));
    }

    private static Instant instant(Timestamp t) {
        return t == null ? null : t.toInstant();
    }
}
