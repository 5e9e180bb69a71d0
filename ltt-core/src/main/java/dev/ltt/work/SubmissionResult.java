package dev.ltt.work;

import dev.ltt.progress.ReadyTask;
import java.util.List;

/**
 * The outcome of a submission: its id and attempt number, the validation, the task's status afterwards,
 * the ancestors that closed with it, and what is ready next.
 */
public record SubmissionResult(
        long submissionId,
        int attemptNumber,
        Validation validation,
        String status,
        List<String> autoClosed,
        List<ReadyTask> readyTasks) {}
