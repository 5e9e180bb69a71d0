package dev.ltt.work;

import dev.ltt.usecase.Guards;
import dev.ltt.usecase.ProjectAccess;
import dev.ltt.instance.LearnerState;
import dev.ltt.instance.Status;
import dev.ltt.instance.TaskState;
import org.jdbi.v3.core.Jdbi;

import java.util.List;

/**
 * Starts a task for a learner: open -> in progress. Refused while the task is effectively blocked (naming
 * the blockers) or closed; starting a task already in progress changes nothing.
 */
public final class StartTask {
    private final Jdbi jdbi;
    private final ProjectAccess access;

    public StartTask(Jdbi jdbi, ProjectAccess access) {
        this.jdbi = jdbi;
        this.access = access;
    }

    public TaskStatus start(String learnerId, String taskId, String actor) {
        Guards.actor(actor);
        return jdbi.inTransaction(h -> {
            ProjectAccess.WriteTarget target = access.writeTask(h, learnerId, taskId);
            LearnerState state = target.state();
            TaskState current = state.state(target.node());
            Guards.requireWorkable(current, state.snapshot());
            if (current.status() == Status.OPEN) state.start(target.node(), actor);
            return new TaskStatus(taskId, state.state(target.node()).status().key(), List.of(), List.of(), List.of());
        });
    }
}
