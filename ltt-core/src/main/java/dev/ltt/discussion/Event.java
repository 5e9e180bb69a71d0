package dev.ltt.discussion;

import dev.ltt.instance.Status;
import java.time.Instant;

/**
 * One state change of one task for one learner: who did it, from what status, to what, and why. The statuses
 * are written by their keys ({@code in_progress}) in JSON.
 */
public record Event(
        long id,
        String learnerId,
        String taskId,
        Status fromStatus,
        Status toStatus,
        String actor,
        String reason,
        Instant createdAt) {

    /** The event of a stored row. */
    public static Event of(dev.ltt.instance.Event row) {
        return new Event(
                row.id(),
                row.learnerId(),
                row.taskId(),
                row.fromStatus(),
                row.toStatus(),
                row.actor(),
                row.reason(),
                row.createdAt());
    }
}
