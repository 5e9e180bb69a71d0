package dev.ltt.template;

import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.List;

/**
 * A curriculum document that passed every check: its identity ({@code slug}, {@code version}), its
 * project-level settings, the tree, and the hash that recognises an identical re-ingest.
 */
public record Curriculum(
        String slug,
        int version,
        String narrativeContext,
        String workspaceType,
        CurriculumNode root,
        List<ResolvedDependency> dependencies,
        List<String> warnings,
        String sha256) {

    /** Project-level keys LTT keeps outside the root node's fields. */
    public ObjectNode projectExtra() {
        return root.fields().extra();
    }
}
