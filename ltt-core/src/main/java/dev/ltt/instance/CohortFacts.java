package dev.ltt.instance;

import dev.ltt.template.BloomLevel;
import dev.ltt.template.ProjectSnapshot;
import dev.ltt.template.ProjectSnapshot.Node;
import java.util.Map;

/**
 * What one learner's view contributes to the cohort views, as numbered facts, each true or false for the learner:
 * <ul>
 *   <li>{@code node * 8 + status}: the learner sees the node with that effective status (exactly one per node);</li>
 *   <li>{@code node * 8 + 4}: every leaf under the node is closed (kept for the root and for nodes with
 *       objectives: finishing, and achieving an objective);</li>
 *   <li>{@code -1 - level}: the learner achieved every objective of that Bloom level (levels that have one).</li>
 * </ul>
 * A cohort's count of a fact is the number of enrolled learners for whom it holds. Every enrolled learner starts
 * as a learner with no progress rows (the version's baseline), so the tallies keep only the differences from the
 * baseline, which {@link #diff} computes for one change of one learner: a handful of facts, not one per node.
 */
public final class CohortFacts {
    static final int SLOTS = 8;
    static final int ALL_LEAVES_CLOSED = 4;

    private CohortFacts() {}

    public static int status(Node node, Status status) {
        return node.index() * SLOTS + status.ordinal();
    }

    public static int allLeavesClosed(Node node) {
        return node.index() * SLOTS + ALL_LEAVES_CLOSED;
    }

    public static int levelMastered(BloomLevel level) {
        return -1 - level.ordinal();
    }

    /** The view of a learner with no progress rows in the version: what every enrolled learner starts from. */
    public static LearnerView baseline(ProjectSnapshot snapshot) {
        return new LearnerView(snapshot, Map.of());
    }

    /** Adds {@code after - before} for every fact to {@code deltas} (fact to change in learners), skipping zeros. */
    public static void diff(LearnerView before, LearnerView after, Map<Integer, Integer> deltas) {
        ProjectSnapshot snapshot = after.snapshot();
        if (before.snapshot() != snapshot) throw new IllegalArgumentException("the views are of different versions");
        for (int i = 0; i < snapshot.size(); i++) { // a change moves a handful of nodes: compare, build nothing
            if (LearnerView.sameStatus(before, after, i)) continue;
            add(deltas, i * SLOTS + before.statusAt(i).ordinal(), -1);
            add(deltas, i * SLOTS + after.statusAt(i).ordinal(), 1);
        }
        // levels as bits: present, and not mastered (some node with an objective of the level not done)
        int present = 0, openBefore = 0, openAfter = 0;
        for (int i : snapshot.completionCounted()) {
            boolean doneBefore = before.allLeavesClosed(i), doneAfter = after.allLeavesClosed(i);
            if (doneBefore != doneAfter) add(deltas, i * SLOTS + ALL_LEAVES_CLOSED, doneAfter ? 1 : -1);
            int levels = snapshot.objectiveLevelsOf(i);
            present |= levels;
            if (!doneBefore) openBefore |= levels;
            if (!doneAfter) openAfter |= levels;
        }
        for (BloomLevel level : BloomLevel.values()) {
            int bit = 1 << level.ordinal();
            if ((present & bit) == 0 || (openBefore & bit) == (openAfter & bit)) continue;
            add(deltas, levelMastered(level), (openAfter & bit) == 0 ? 1 : -1);
        }
    }

    private static void add(Map<Integer, Integer> deltas, int fact, int change) {
        int sum = deltas.merge(fact, change, Integer::sum);
        if (sum == 0) deltas.remove(fact);
    }
}
