package dev.ltt.discussion;

import dev.ltt.instance.StoredComment;
import dev.ltt.template.SharedComment;
import java.time.Instant;

/**
 * A comment on a task as a learner reads it: {@code shared} (an instructor's, seen by every learner) or
 * {@code private} (the learner's own). Ids are unique per visibility: (visibility, id) names one comment.
 */
public record Comment(long id, String taskId, String author, String text, String visibility, Instant createdAt) {
    public static final String SHARED = "shared";
    public static final String PRIVATE = "private";

    static Comment of(SharedComment c) {
        return new Comment(c.id(), c.taskId(), c.author(), c.body(), SHARED, c.createdAt());
    }

    static Comment of(StoredComment c) {
        return new Comment(c.id(), c.taskId(), c.author(), c.body(), PRIVATE, c.createdAt());
    }
}
