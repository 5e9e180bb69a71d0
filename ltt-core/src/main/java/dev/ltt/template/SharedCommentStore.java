package dev.ltt.template;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.List;
import org.jdbi.v3.core.Handle;

/** SQL for shared comments: instructor-written, per task, visible to every learner. Knows nothing of learners. */
public final class SharedCommentStore {

    public SharedComment insert(Handle h, String taskId, String author, String body) {
        return h.createQuery("""
                        INSERT INTO shared_comments (task_id, author, body) VALUES (:task, :author, :body)
                        RETURNING id, task_id, author, body, created_at
                        """)
                .bind("task", taskId)
                .bind("author", author)
                .bind("body", body)
                .map((rs, ctx) -> comment(rs))
                .one();
    }

    /** The task's shared comments, newest first. */
    public List<SharedComment> forTask(Handle h, String taskId, int limit) {
        return h.createQuery("""
                        SELECT id, task_id, author, body, created_at FROM shared_comments
                        WHERE task_id = :task
                        ORDER BY created_at DESC, id DESC
                        LIMIT :limit
                        """)
                .bind("task", taskId)
                .bind("limit", limit)
                .map((rs, ctx) -> comment(rs))
                .list();
    }

    private static SharedComment comment(ResultSet rs) throws SQLException {
        return new SharedComment(
                rs.getLong(1),
                rs.getString(2),
                rs.getString(3),
                rs.getString(4),
                rs.getTimestamp(5).toInstant());
    }
}
