package dev.ltt.template;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;

/**
 * The template text and settings of one curriculum node, exactly as the document gave them (null when
 * absent), so export writes back what was read. {@code extra} holds every key LTT does not model.
 */
public record NodeFields(
        String title,
        String description,
        String content,
        String acceptanceCriteria,
        Integer priority,
        Integer estimatedMinutes,
        String subtaskType,
        Boolean requiresSubmission,
        JsonNode tutorGuidance,
        ObjectNode extra) {

    public static final int DEFAULT_PRIORITY = 2;

    public int effectivePriority() {
        return priority == null ? DEFAULT_PRIORITY : priority;
    }

    /**
     * Whether a leaf closes only through a passing validation. Explicit {@code requires_submission} wins;
     * conversational subtasks need none; every other leaf does.
     */
    public boolean leafRequiresSubmission() {
        if (requiresSubmission != null) return requiresSubmission;
        return !"conversational".equals(subtaskType);
    }
}
