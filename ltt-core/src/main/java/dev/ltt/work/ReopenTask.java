package dev.ltt.work;

import dev.ltt.error.InvalidStateException;
import dev.ltt.instance.LearnerState;
import dev.ltt.instance.Status;
import dev.ltt.template.ProjectSnapshot.Node;
import dev.ltt.usecase.Guards;
import dev.ltt.usecase.LearnerWrites;
import java.util.List;

/**
 * Reopens a closed task with a reason (the agent tool {@code go_back}): closed -> open; its closed ancestors
 * return to in progress; its children are left as they are.
 */
public final class ReopenTask {
    private final LearnerWrites writes;

    public ReopenTask(LearnerWrites writes) {
        this.writes = writes;
    }

    public TaskStatus reopen(String learnerId, String taskId, String reason, String actor) {
        String why = Guards.requiredReason(reason);
        return writes.onTask(learnerId, taskId, actor, u -> {
            LearnerState state = u.state();
            Node node = u.node();
            Status current = u.current().status();
            if (current != Status.CLOSED) {
                throw new InvalidStateException("task " + taskId + " is " + current.key() + ", not closed: only a "
                        + "closed task can be reopened");
            }
            List<String> reopened = state.reopen(node, actor, why);
            return TaskStatus.of(u, List.of(), reopened, List.of());
        });
    }
}
