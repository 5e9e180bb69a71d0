package dev.ltt.discussion;

import java.time.Instant;

/**
 * A status summary (progress note) of one learner on one task, as the doors show it. Versions count 1, 2, 3...
 * per (learner, task) and are never rewritten. Written by the agent, or by LTT ("ltt") on close.
 */
public record Note(String learnerId, String taskId, int version, String text, String author, Instant createdAt) {

    /** The note of a stored row. */
    public static Note of(dev.ltt.instance.Note row) {
        return new Note(row.learnerId(), row.taskId(), row.version(), row.text(), row.author(), row.createdAt());
    }
}
