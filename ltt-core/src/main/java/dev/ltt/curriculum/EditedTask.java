package dev.ltt.curriculum;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.List;

/** A template node's text after an edit, and which fields the edit changed. */
public record EditedTask(
        String id,
        String projectId,
        int version,
        String parentId,
        String taskType,
        String title,
        String description,
        String content,
        String acceptanceCriteria,
        JsonNode tutorGuidance,
        List<String> changed) {}
