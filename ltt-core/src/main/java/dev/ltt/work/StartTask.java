package dev.ltt.work;

import dev.ltt.instance.Status;
import dev.ltt.instance.TaskState;
import dev.ltt.progress.AgentContext;
import dev.ltt.progress.GetContext;
import dev.ltt.progress.ReadyTask;
import dev.ltt.usecase.Guards;
import dev.ltt.usecase.LearnerWrites;
import java.util.List;

/**
 * Starts a task for a learner: open -> in progress. Refused while the task is effectively blocked (naming
 * the blockers) or closed; starting a task already in progress changes nothing. An agent can have the task's
 * context with the answer, read after the change in the same transaction.
 */
public final class StartTask {
    private final LearnerWrites writes;
    private final GetContext context;

    public StartTask(LearnerWrites writes, GetContext context) {
        this.writes = writes;
        this.context = context;
    }

    /** What an agent gets back from starting a task: the status change and the task's context, to begin with. */
    public record Started(
            String taskId,
            String status,
            List<String> autoClosed,
            List<String> reopened,
            List<ReadyTask> readyTasks,
            AgentContext context) {}

    public TaskStatus start(String learnerId, String taskId, String actor) {
        return writes.onTask(learnerId, taskId, actor, StartTask::start);
    }

    /** Starts the task and reads its agent context after the change, in the same unit of work. */
    public Started startWithContext(String learnerId, String taskId, String actor) {
        return writes.onTask(learnerId, taskId, actor, u -> {
            TaskStatus s = start(u);
            u.state().flush(); // the context is read from the database: the change must be written first
            return new Started(
                    s.taskId(),
                    s.status(),
                    s.autoClosed(),
                    s.reopened(),
                    s.readyTasks(),
                    context.context(u.handle(), learnerId, taskId));
        });
    }

    private static TaskStatus start(LearnerWrites.Unit u) {
        TaskState current = u.current();
        Guards.requireWorkable(current, u.snapshot());
        if (current.status() == Status.OPEN) u.state().start(u.node(), u.actor());
        return TaskStatus.of(u, List.of(), List.of(), List.of());
    }
}
