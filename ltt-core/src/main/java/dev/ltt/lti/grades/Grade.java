package dev.ltt.lti.grades;

import java.time.Instant;

/** One row of the grade passback outbox: the latest score of a learner for a line item, and how sending it went. */
public record Grade(
        String learnerId,
        String projectId,
        String lineItem,
        int scoreGiven,
        int scoreMaximum,
        String activityProgress,
        String status,
        int attempts,
        String lastError,
        Instant sentAt,
        Instant nextAttemptAt) {}
