package dev.ltt.discussion;

import dev.ltt.instance.CommentStore;
import dev.ltt.usecase.Guards;
import dev.ltt.usecase.LearnerWrites;

/**
 * Adds a learner's private comment on a task (the agent's {@code add_comment}); only that learner reads it.
 * Like every write of a learner's state, it takes the learner's lock and pins the learner to the task's version.
 */
public final class AddComment {
    public static final int MAX_TEXT = 10_000;
    private final LearnerWrites writes;
    private final CommentStore comments;

    public AddComment(LearnerWrites writes, CommentStore comments) {
        this.writes = writes;
        this.comments = comments;
    }

    public Comment add(String learnerId, String taskId, String text, String actor) {
        Guards.text("text", text, MAX_TEXT);
        return writes.onTask(
                learnerId, taskId, actor, u -> Comment.of(comments.insert(u.handle(), learnerId, taskId, actor, text)));
    }
}
