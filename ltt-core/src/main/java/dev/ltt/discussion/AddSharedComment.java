package dev.ltt.discussion;

import dev.ltt.template.SharedCommentStore;
import dev.ltt.usecase.Guards;
import dev.ltt.usecase.ProjectAccess;
import org.jdbi.v3.core.Jdbi;

/**
 * Adds an instructor's comment on a task, shared with every learner of that task's project version. It lives
 * in the template layer and writes nothing in any learner's state.
 */
public final class AddSharedComment {
    private final Jdbi jdbi;
    private final ProjectAccess access;
    private final SharedCommentStore comments;

    public AddSharedComment(Jdbi jdbi, ProjectAccess access, SharedCommentStore comments) {
        this.jdbi = jdbi;
        this.access = access;
        this.comments = comments;
    }

    public Comment add(String taskId, String text, String actor) {
        Guards.actor(actor);
        Guards.text("text", text, AddComment.MAX_TEXT);
        return jdbi.inTransaction(h -> {
            access.snapshotOfTask(h, taskId);
            return Comment.of(comments.insert(h, taskId, actor, text));
        });
    }
}
