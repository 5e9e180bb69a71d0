package dev.ltt.cohort;

import java.time.Instant;

/** An open help request as the instructors' queue shows it: who asked, on which task (with its title), what, and the submission it is about (or null). */
public record QueuedHelpRequest(
        long id,
        String learnerId,
        String taskId,
        String taskTitle,
        int version,
        String message,
        Instant createdAt,
        Long submissionId) {

    static QueuedHelpRequest of(dev.ltt.instance.QueuedHelpRequest row) {
        return new QueuedHelpRequest(
                row.id(),
                row.learnerId(),
                row.taskId(),
                row.taskTitle(),
                row.version(),
                row.message(),
                row.createdAt(),
                row.submissionId());
    }
}
