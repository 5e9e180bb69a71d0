package dev.ltt.instance;

import com.fasterxml.jackson.databind.JsonNode;

import java.time.Instant;

/** A learner's submission for a task, with the validation that judged it (null while none is stored). */
public record StoredSubmission(long submissionId, String taskId, int attemptNumber, String submissionType,
                               String content, JsonNode result, Instant createdAt, StoredValidation validation) {
}
