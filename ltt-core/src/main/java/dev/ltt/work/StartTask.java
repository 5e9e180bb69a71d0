package dev.ltt.work;

import dev.ltt.usecase.Guards;
import dev.ltt.usecase.LearnerWrites;
import dev.ltt.instance.LearnerState;
import dev.ltt.instance.Status;
import dev.ltt.instance.TaskState;

import java.util.List;

/**
 * Starts a task for a learner: open -> in progress. Refused while the task is effectively blocked (naming
 * the blockers) or closed; starting a task already in progress changes nothing.
 */
public final class StartTask {
    private final LearnerWrites writes;

    public StartTask(LearnerWrites writes) {
        this.writes = writes;
    }

    public TaskStatus start(String learnerId, String taskId, String actor) {
        return writes.onTask(learnerId, taskId, actor, u -> {
            TaskState current = u.current();
            Guards.requireWorkable(current, u.snapshot());
            if (current.status() == Status.OPEN) u.state().start(u.node(), actor);
            return TaskStatus.of(u, List.of(), List.of(), List.of());
        });
    }
}
