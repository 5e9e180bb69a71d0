package dev.ltt.usecase;

import java.util.List;

/**
 * The outcome of a submission: its id and attempt number, the validation, the task's status afterwards,
 * the ancestors that closed with it, and what is ready next.
 */
public record SubmissionResult(long submissionId, int attemptNumber, Validation validation, String status,
                               List<String> autoClosed, List<ReadyTask> readyTasks) {

    /** The judgement of this submission. */
    public record Validation(boolean passed, double grade, String feedback, String validator) {
    }
}
