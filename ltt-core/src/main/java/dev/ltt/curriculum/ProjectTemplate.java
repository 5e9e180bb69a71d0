package dev.ltt.curriculum;

import java.util.List;

/** A project version's tree as the curriculum defines it, with no learner's status. */
public record ProjectTemplate(ProjectInfo project, List<Node> children) {

    /** The project version. */
    public record ProjectInfo(
            String projectId,
            int version,
            String title,
            String description,
            String workspaceType,
            int taskCount,
            int leafCount) {}

    /** A node: ids of the tasks it needs (blocks) and its children. */
    public record Node(
            String id,
            String title,
            String taskType,
            int priority,
            boolean requiresSubmission,
            Integer estimatedMinutes,
            List<String> dependsOn,
            List<Node> children) {}
}
