package dev.ltt.curriculum;

import dev.ltt.template.ProjectVersion;

/** One row of the project list; {@code taskCount} counts every node, the project itself included. */
public record ProjectListing(
        String projectId, int version, String title, int taskCount, int leafCount, int objectiveCount) {

    static ProjectListing of(ProjectVersion p) {
        return new ProjectListing(p.slug(), p.version(), p.title(), p.taskCount(), p.leafCount(), p.objectiveCount());
    }
}
