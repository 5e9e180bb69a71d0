package dev.ltt.instance;

import java.time.Instant;

/** The judgement of one submission. Only the latest validation of a task decides whether it is closed. */
public record StoredValidation(long validationId, long submissionId, boolean passed, double grade, String feedback,
                               String validator, Instant createdAt) {
}
