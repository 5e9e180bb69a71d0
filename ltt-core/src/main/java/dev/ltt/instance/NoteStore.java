package dev.ltt.instance;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.List;
import java.util.Map;
import org.jdbi.v3.core.Handle;

/** SQL for status summaries (progress notes, table {@code status_summaries}), always scoped by learner. */
public final class NoteStore {
    private static final String COLUMNS = """
            learner_id, task_id, version, summary, author, created_at
            """;

    /**
     * Appends the next version of the (learner, task) note. Gapless only while the caller holds the learner's
     * lock ({@link LearnerStore#lock}); without it two writers could pick the same version and one would fail.
     */
    public Note append(Handle h, String learnerId, String taskId, String text, String author) {
        return h.createQuery("""
                        INSERT INTO status_summaries (learner_id, task_id, version, summary, author)
                        SELECT :learner, :task, coalesce(max(version), 0) + 1, :text, :author
                        FROM status_summaries WHERE learner_id = :learner AND task_id = :task
                        RETURNING learner_id, task_id, version, summary, author, created_at
                        """)
                .bind("learner", learnerId)
                .bind("task", taskId)
                .bind("text", text)
                .bind("author", author)
                .map((rs, ctx) -> note(rs))
                .one();
    }

    /**
     * Appends the next version of the note of each task in {@code textByTask} (distinct tasks), in one statement;
     * gapless under the learner's lock like {@link #append}.
     */
    /** Adds to {@code trip} the statement that appends one note per task, each with the task's next version. */
    public void appendEach(RoundTrip trip, String learnerId, Map<String, String> textByTask, String author) {
        if (textByTask.isEmpty()) return;
        trip.add("""
                        INSERT INTO status_summaries (learner_id, task_id, version, summary, author)
                        SELECT l.learner_id, n.task, coalesce((SELECT max(s.version) FROM status_summaries s
                                                               WHERE s.learner_id = :learner AND s.task_id = n.task), 0) + 1,
                               n.text, :noteAuthor
                        FROM learners l
                        CROSS JOIN unnest(CAST(:noteTasks AS text[]), CAST(:noteTexts AS text[])) WITH ORDINALITY
                             AS n(task, text, i)
                        WHERE l.learner_id = :learner
                        ORDER BY n.i
                        """)
                .bind("learner", learnerId)
                .bind("noteTasks", textByTask.keySet().toArray(new String[0]))
                .bind("noteTexts", textByTask.values().toArray(new String[0]))
                .bind("noteAuthor", author);
    }

    /** The notes of one task, latest version first. */
    public List<Note> forTask(Handle h, String learnerId, String taskId, int limit) {
        return h.createQuery("SELECT " + COLUMNS + """
                        FROM status_summaries
                        WHERE learner_id = :learner AND task_id = :task
                        ORDER BY version DESC
                        LIMIT :limit
                        """)
                .bind("learner", learnerId)
                .bind("task", taskId)
                .bind("limit", limit)
                .map((rs, ctx) -> note(rs))
                .list();
    }

    /** The latest note of each task of a project version that has one, most recently written first. */
    public List<Note> latestPerTask(Handle h, String learnerId, long projectPk, int limit) {
        return h.createQuery("""
                        SELECT * FROM (
                            SELECT DISTINCT ON (s.task_id)
                                   s.learner_id, s.task_id, s.version, s.summary, s.author, s.created_at
                            FROM status_summaries s JOIN tasks t ON t.id = s.task_id
                            WHERE s.learner_id = :learner AND t.project_pk = :project
                            ORDER BY s.task_id, s.version DESC
                        ) latest
                        ORDER BY created_at DESC, task_id
                        LIMIT :limit
                        """)
                .bind("learner", learnerId)
                .bind("project", projectPk)
                .bind("limit", limit)
                .map((rs, ctx) -> note(rs))
                .list();
    }

    private static Note note(ResultSet rs) throws SQLException {
        return new Note(
                rs.getString(1),
                rs.getString(2),
                rs.getInt(3),
                rs.getString(4),
                rs.getString(5),
                rs.getTimestamp(6).toInstant());
    }
}
