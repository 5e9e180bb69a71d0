package dev.ltt.usecase;

import dev.ltt.instance.LearnerState;
import dev.ltt.instance.Status;
import dev.ltt.instance.TaskState;
import org.jdbi.v3.core.Handle;
import org.jdbi.v3.core.Jdbi;

import java.util.List;

/**
 * Starts a task for a learner: open -> in progress. Refused while the task is effectively blocked (naming
 * the blockers) or closed; starting a task already in progress changes nothing.
 */
public final class StartTask {
    private final Jdbi jdbi;
    private final ProjectAccess access;
    private final GetContext context;

    StartTask(Jdbi jdbi, ProjectAccess access, GetContext context) {
        this.jdbi = jdbi;
        this.access = access;
        this.context = context;
    }

    /** What an agent gets back from starting a task: the status change and the task's context, to begin with. */
    public record Started(String taskId, String status, List<String> autoClosed, List<String> reopened,
                          List<ReadyTask> readyTasks, AgentContext context) {
    }

    public TaskStatus start(String learnerId, String taskId, String actor) {
        Guards.actor(actor);
        return jdbi.inTransaction(h -> start(h, learnerId, taskId, actor));
    }

    /** Starts the task and reads its agent context after the change, in the same transaction. */
    public Started startWithContext(String learnerId, String taskId, String actor) {
        Guards.actor(actor);
        return jdbi.inTransaction(h -> {
            TaskStatus s = start(h, learnerId, taskId, actor);
            return new Started(s.taskId(), s.status(), s.autoClosed(), s.reopened(), s.readyTasks(),
                    context.context(h, learnerId, taskId));
        });
    }

    private TaskStatus start(Handle h, String learnerId, String taskId, String actor) {
        ProjectAccess.WriteTarget target = access.writeTask(h, learnerId, taskId);
        LearnerState state = target.state();
        TaskState current = state.state(target.node());
        Guards.requireWorkable(current, state.snapshot());
        if (current.status() == Status.OPEN) state.start(target.node(), actor);
        return new TaskStatus(taskId, state.state(target.node()).status().key(), List.of(), List.of(), List.of());
    }
}
