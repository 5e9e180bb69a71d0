package dev.ltt.instance;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.List;
import org.jdbi.v3.core.Handle;

/** SQL for private comments, always scoped by learner; shared comments live in the template layer. */
public final class CommentStore {

    public StoredComment insert(Handle h, String learnerId, String taskId, String author, String body) {
        return h.createQuery("""
                        INSERT INTO comments (learner_id, task_id, author, body)
                        VALUES (:learner, :task, :author, :body)
                        RETURNING comment_id, learner_id, task_id, author, body, created_at
                        """)
                .bind("learner", learnerId)
                .bind("task", taskId)
                .bind("author", author)
                .bind("body", body)
                .map((rs, ctx) -> comment(rs))
                .one();
    }

    /** The learner's own comments on a task, newest first. */
    public List<StoredComment> forTask(Handle h, String learnerId, String taskId, int limit) {
        return h.createQuery("""
                        SELECT comment_id, learner_id, task_id, author, body, created_at FROM comments
                        WHERE learner_id = :learner AND task_id = :task
                        ORDER BY created_at DESC, comment_id DESC
                        LIMIT :limit
                        """)
                .bind("learner", learnerId)
                .bind("task", taskId)
                .bind("limit", limit)
                .map((rs, ctx) -> comment(rs))
                .list();
    }

    private static StoredComment comment(ResultSet rs) throws SQLException {
        return new StoredComment(
                rs.getLong(1),
                rs.getString(2),
                rs.getString(3),
                rs.getString(4),
                rs.getString(5),
                rs.getTimestamp(6).toInstant());
    }
}
