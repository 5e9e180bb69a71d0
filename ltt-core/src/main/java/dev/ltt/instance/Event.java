package dev.ltt.instance;

import java.time.Instant;

/** One state change of one task for one learner: who did it, from what, to what, and why. */
public record Event(
        long id,
        String learnerId,
        String taskId,
        Status fromStatus,
        Status toStatus,
        String actor,
        String reason,
        Instant createdAt) {}
