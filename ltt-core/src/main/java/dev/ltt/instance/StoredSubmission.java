package dev.ltt.instance;

import com.fasterxml.jackson.databind.JsonNode;
import dev.ltt.validation.Verdict;
import java.time.Instant;

/**
 * A learner's submission for a task as stored, with the verdict that judged it, that verdict's row id and
 * time (all three null while none is stored). Only the latest validation of a task decides whether it is closed.
 */
public record StoredSubmission(
        long submissionId,
        String taskId,
        int attemptNumber,
        String submissionType,
        String content,
        JsonNode result,
        Instant createdAt,
        Long validationId,
        Verdict validation,
        Instant validatedAt) {}
