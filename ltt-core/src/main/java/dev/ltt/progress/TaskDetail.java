package dev.ltt.progress;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.time.Instant;
import java.util.List;

/**
 * A task's template fields together with one learner's status on it: effective status, what blocks it, how
 * many attempts, and the latest validation; {@code blocks} the tasks that wait on this one (its reverse
 * dependencies); {@code startedAt} and {@code completedAt} when the learner started and closed it (null when not).
 */
public record TaskDetail(
        String id,
        String projectId,
        int version,
        String parentId,
        String taskType,
        String title,
        String description,
        String content,
        String acceptanceCriteria,
        int priority,
        Integer estimatedMinutes,
        String subtaskType,
        boolean requiresSubmission,
        JsonNode tutorGuidance,
        List<Objective> learningObjectives,
        List<DependencyRef> dependencies,
        List<String> children,
        ObjectNode extra,
        String status,
        List<String> blockedBy,
        String blockedReason,
        int attempts,
        LatestValidation latestValidation,
        List<DependencyRef> blocks,
        Instant startedAt,
        Instant completedAt) {

    /** A learning objective of the task. */
    public record Objective(String level, String description) {}

    /** A dependency of the task, by id and title. */
    public record DependencyRef(String id, String title, String type) {}

    /** The judgement of the learner's latest submission. */
    public record LatestValidation(
            int attemptNumber, boolean passed, double grade, String feedback, String validator) {}
}
