package dev.ltt.work;

import dev.ltt.progress.ReadyTask;
import java.util.List;

/**
 * The outcome of a status change: the task's new status, the ancestors that closed with it
 * ({@code autoClosed}), the closed ancestors that went back to in progress ({@code reopened}), and what is
 * ready next.
 */
public record TaskStatus(String taskId, String status, List<String> autoClosed, List<String> reopened,
                         List<ReadyTask> readyTasks) {
}
