package dev.ltt.work;

import com.fasterxml.jackson.databind.JsonNode;
import java.time.Instant;

/** A learner's submission for a task, with the validation that judged it (null while none is stored). */
public record Submission(
        long submissionId,
        String taskId,
        int attemptNumber,
        String submissionType,
        String content,
        JsonNode result,
        Instant createdAt,
        Validation validation) {

    /** The submission of a stored row. */
    public static Submission of(dev.ltt.instance.StoredSubmission row) {
        return new Submission(
                row.submissionId(),
                row.taskId(),
                row.attemptNumber(),
                row.submissionType(),
                row.content(),
                row.result(),
                row.createdAt(),
                Validation.of(row));
    }
}
