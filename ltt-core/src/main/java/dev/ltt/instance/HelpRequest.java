package dev.ltt.instance;

import com.fasterxml.jackson.annotation.JsonIgnore;
import java.time.Instant;

/**
 * A learner's request for help on a task. {@code status} is {@code open} until an instructor resolves it, which
 * fills {@code answer}, {@code resolvedBy} and {@code resolvedAt}. Identified by (learner id, id).
 * {@code submissionId} names the submission it is about, when the learner named one.
 */
public record HelpRequest(
        long id,
        String learnerId,
        String taskId,
        String message,
        String status,
        String answer,
        String resolvedBy,
        Instant createdAt,
        Instant resolvedAt,
        Long submissionId) {
    public static final String OPEN = "open";
    public static final String RESOLVED = "resolved";

    /** Derived from {@code status}, so not a field of its own in JSON. */
    @JsonIgnore
    public boolean isOpen() {
        return OPEN.equals(status);
    }
}
