package dev.ltt.work;

import dev.ltt.usecase.Guards;
import dev.ltt.usecase.ProjectAccess;
import dev.ltt.error.InvalidStateException;
import dev.ltt.instance.LearnerState;
import dev.ltt.instance.Status;
import dev.ltt.template.ProjectSnapshot.Node;
import org.jdbi.v3.core.Jdbi;

import java.util.List;

/**
 * Reopens a closed task with a reason (the agent tool {@code go_back}): closed -> open; its closed ancestors
 * return to in progress; its children are left as they are.
 */
public final class ReopenTask {
    private final Jdbi jdbi;
    private final ProjectAccess access;

    public ReopenTask(Jdbi jdbi, ProjectAccess access) {
        this.jdbi = jdbi;
        this.access = access;
    }

    public TaskStatus reopen(String learnerId, String taskId, String reason, String actor) {
        Guards.actor(actor);
        String why = Guards.requiredReason(reason);
        return jdbi.inTransaction(h -> {
            ProjectAccess.WriteTarget target = access.writeTask(h, learnerId, taskId);
            LearnerState state = target.state();
            Node node = target.node();
            Status current = state.state(node).status();
            if (current != Status.CLOSED) {
                throw new InvalidStateException("task " + taskId + " is " + current.key() + ", not closed: only a "
                        + "closed task can be reopened");
            }
            List<String> reopened = state.reopen(node, actor, why);
            return new TaskStatus(taskId, state.state(node).status().key(), List.of(), reopened, List.of());
        });
    }
}
