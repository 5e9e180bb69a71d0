package dev.ltt.discussion;

import dev.ltt.instance.CommentStore;
import dev.ltt.instance.StoredComment;
import dev.ltt.template.SharedComment;
import dev.ltt.template.SharedCommentStore;
import dev.ltt.usecase.Guards;
import dev.ltt.usecase.ProjectAccess;
import java.util.Comparator;
import java.util.List;
import java.util.stream.Stream;
import org.jdbi.v3.core.Handle;
import org.jdbi.v3.core.Jdbi;

/**
 * The comments a learner reads on a task: the shared ones and the learner's own private ones, newest first.
 * Never another learner's private comments. Writes nothing.
 */
public final class ListComments {
    public static final int MAX_LIMIT = 200;
    private static final Comparator<Comment> NEWEST_FIRST = Comparator.comparing(Comment::createdAt)
            .reversed()
            .thenComparing(Comment::visibility)
            .thenComparing(Comparator.comparingLong(Comment::id).reversed());

    private final Jdbi jdbi;
    private final ProjectAccess access;
    private final SharedCommentStore shared;
    private final CommentStore own;

    public ListComments(Jdbi jdbi, ProjectAccess access, SharedCommentStore shared, CommentStore own) {
        this.jdbi = jdbi;
        this.access = access;
        this.shared = shared;
        this.own = own;
    }

    public List<Comment> list(String learnerId, String taskId, int limit) {
        Guards.limit(limit, MAX_LIMIT);
        return jdbi.inTransaction(h -> {
            access.readTask(h, learnerId, taskId);
            return list(h, learnerId, taskId, limit);
        });
    }

    /** The same, inside a caller's transaction that has already checked the learner and the task. */
    public List<Comment> list(Handle h, String learnerId, String taskId, int limit) {
        return merge(shared.forTask(h, taskId, limit), own.forTask(h, learnerId, taskId, limit), limit);
    }

    /** The newest {@code limit} of a task's shared comments and the learner's own, each list read newest first. */
    public static List<Comment> merge(List<SharedComment> shared, List<StoredComment> own, int limit) {
        Stream<Comment> all =
                Stream.concat(shared.stream().map(Comment::of), own.stream().map(Comment::of));
        return all.sorted(NEWEST_FIRST).limit(limit).toList();
    }
}
