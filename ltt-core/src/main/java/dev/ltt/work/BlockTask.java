package dev.ltt.work;

import dev.ltt.error.InvalidStateException;
import dev.ltt.instance.LearnerState;
import dev.ltt.instance.Status;
import dev.ltt.template.ProjectSnapshot.Node;
import dev.ltt.usecase.Guards;
import dev.ltt.usecase.LearnerWrites;
import java.util.List;

/**
 * Blocks a task explicitly with a reason (an instructor or learner blocks it; it and its subtree leave the
 * ready list), and unblocks it again (back to in progress if it had been started, otherwise open).
 */
public final class BlockTask {
    private final LearnerWrites writes;

    public BlockTask(LearnerWrites writes) {
        this.writes = writes;
    }

    public TaskStatus block(String learnerId, String taskId, String reason, String actor) {
        String why = Guards.requiredReason(reason);
        return writes.onTask(learnerId, taskId, actor, u -> {
            LearnerState state = u.state();
            Node node = u.node();
            Status stored = state.stored(node);
            if (stored == Status.CLOSED) {
                throw new InvalidStateException("task " + taskId + " is closed: reopen it before blocking it");
            }
            if (stored == Status.BLOCKED) {
                throw new InvalidStateException("task " + taskId + " is already blocked: "
                        + state.state(node).reason());
            }
            state.park(node, actor, why);
            return TaskStatus.of(u, List.of(), List.of(), List.of());
        });
    }

    public TaskStatus unblock(String learnerId, String taskId, String reason, String actor) {
        String why = Guards.requiredReason(reason);
        return writes.onTask(learnerId, taskId, actor, u -> {
            LearnerState state = u.state();
            Node node = u.node();
            if (state.stored(node) != Status.BLOCKED) {
                throw new InvalidStateException("task " + taskId + " was not blocked explicitly: nothing to unblock"
                        + (state.state(node).blockedBy().isEmpty() ? "" : " (it waits for its prerequisites)"));
            }
            state.unpark(node, actor, why);
            return TaskStatus.of(u, List.of(), List.of(), List.of());
        });
    }
}
