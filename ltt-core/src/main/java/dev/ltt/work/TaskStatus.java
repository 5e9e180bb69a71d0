package dev.ltt.work;

import dev.ltt.progress.ReadyTask;
import dev.ltt.usecase.LearnerWrites;
import java.util.List;

/**
 * The outcome of a status change: the task's new status, the ancestors that closed with it
 * ({@code autoClosed}), the closed ancestors that went back to in progress ({@code reopened}), and what is
 * ready next.
 */
public record TaskStatus(
        String taskId, String status, List<String> autoClosed, List<String> reopened, List<ReadyTask> readyTasks) {

    /** The task's status as the unit of work leaves it. */
    static TaskStatus of(LearnerWrites.Unit u, List<String> autoClosed, List<String> reopened, List<ReadyTask> next) {
        return new TaskStatus(u.taskId(), u.current().status().key(), autoClosed, reopened, next);
    }
}
