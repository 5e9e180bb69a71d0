package dev.ltt.discussion;

import dev.ltt.usecase.Guards;
import dev.ltt.usecase.ProjectAccess;
import dev.ltt.instance.CommentStore;
import org.jdbi.v3.core.Jdbi;

/**
 * Adds a learner's private comment on a task (the agent's {@code add_comment}); only that learner reads it.
 * Like every write of a learner's state, it takes the learner's lock and pins the learner to the task's version.
 */
public final class AddComment {
    public static final int MAX_TEXT = 10_000;
    private final Jdbi jdbi;
    private final ProjectAccess access;
    private final CommentStore comments;

    public AddComment(Jdbi jdbi, ProjectAccess access, CommentStore comments) {
        this.jdbi = jdbi;
        this.access = access;
        this.comments = comments;
    }

    public Comment add(String learnerId, String taskId, String text, String actor) {
        Guards.actor(actor);
        Guards.text("text", text, MAX_TEXT);
        return jdbi.inTransaction(h -> {
            access.writeTask(h, learnerId, taskId);
            return Comment.of(comments.insert(h, learnerId, taskId, actor, text));
        });
    }
}
