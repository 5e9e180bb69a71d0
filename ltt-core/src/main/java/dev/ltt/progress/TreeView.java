package dev.ltt.progress;

import java.util.List;

/** A project's whole tree with each node's effective status for one learner. */
public record TreeView(ProjectRef project, ProgressSummary progress, List<TreeNode> children) {

    /** Which project version this is. */
    public record ProjectRef(String projectId, int version, String title) {}

    /** Leaves closed out of all leaves. */
    public record ProgressSummary(int completed, int total, double percentage) {}

    /** A node: its effective status, what blocks it (prerequisite ids), why, and its children. */
    public record TreeNode(
            String id,
            String title,
            String taskType,
            String status,
            List<String> blockedBy,
            String blockedReason,
            List<TreeNode> children) {}
}
