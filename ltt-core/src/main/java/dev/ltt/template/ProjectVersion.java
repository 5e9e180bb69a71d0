package dev.ltt.template;

import java.time.Instant;

/** One stored version of a project, with the counts a listing shows. {@code taskCount} includes the project node. */
public record ProjectVersion(
        long pk,
        String slug,
        int version,
        String title,
        String rootTaskId,
        String narrativeContext,
        String workspaceType,
        String documentSha256,
        int taskCount,
        int leafCount,
        int objectiveCount,
        Instant createdAt) {}
