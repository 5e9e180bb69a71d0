package dev.ltt.testing;

import dev.ltt.cohort.CohortView;
import dev.ltt.progress.TreeView;
import dev.ltt.usecase.UseCases;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Per node, how many learners see it with each status: as a cohort view counts them, and as each learner's own
 * tree shows them (the answer the kept tallies must give).
 */
public final class CohortCounts {
    private CohortCounts() {}

    public static Map<String, Map<String, Integer>> of(CohortView view) {
        Map<String, Map<String, Integer>> counts = new LinkedHashMap<>();
        for (CohortView.TaskCounts t : view.tasks()) {
            counts.put(
                    t.id(),
                    new LinkedHashMap<>(Map.of(
                            "open",
                            t.open(),
                            "in_progress",
                            t.inProgress(),
                            "blocked",
                            t.blocked(),
                            "closed",
                            t.closed())));
        }
        return counts;
    }

    /** Counted from each learner's tree (and the root's status) over {@code nodes}, which start at zero. */
    public static Map<String, Map<String, Integer>> fromTrees(
            UseCases use, String slug, String root, List<String> nodes, Collection<String> learners) {
        Map<String, Map<String, Integer>> counts = new LinkedHashMap<>();
        for (String node : nodes)
            counts.put(node, new LinkedHashMap<>(Map.of("open", 0, "in_progress", 0, "blocked", 0, "closed", 0)));
        for (String learner : learners) {
            counts.get(root).merge(use.showTask.show(learner, root).status(), 1, Integer::sum);
            walk(use.showTree.tree(learner, slug).children(), counts);
        }
        return counts;
    }

    private static void walk(List<TreeView.TreeNode> nodes, Map<String, Map<String, Integer>> counts) {
        for (TreeView.TreeNode node : nodes) {
            counts.get(node.id()).merge(node.status(), 1, Integer::sum);
            walk(node.children(), counts);
        }
    }
}
