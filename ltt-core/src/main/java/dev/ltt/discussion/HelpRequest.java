package dev.ltt.discussion;

import com.fasterxml.jackson.annotation.JsonIgnore;
import java.time.Instant;

/**
 * A learner's request for help on a task, as the doors show it. {@code status} is {@code open} until an
 * instructor resolves it, which fills {@code answer}, {@code resolvedBy} and {@code resolvedAt}.
 * {@code submissionId} is the submission it is about, when the learner named one.
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
    public static final String OPEN = dev.ltt.instance.HelpRequest.OPEN;
    public static final String RESOLVED = dev.ltt.instance.HelpRequest.RESOLVED;

    /** Derived from {@code status}, so not a field of its own in JSON. */
    @JsonIgnore
    public boolean isOpen() {
        return OPEN.equals(status);
    }

    /** The help request of a stored row. */
    public static HelpRequest of(dev.ltt.instance.HelpRequest row) {
        return new HelpRequest(
                row.id(),
                row.learnerId(),
                row.taskId(),
                row.message(),
                row.status(),
                row.answer(),
                row.resolvedBy(),
                row.createdAt(),
                row.resolvedAt(),
                row.submissionId());
    }
}
