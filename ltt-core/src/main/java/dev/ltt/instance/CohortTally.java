package dev.ltt.instance;

import dev.ltt.template.ProjectSnapshot;
import dev.ltt.template.ProjectSnapshot.Node;

/**
 * Counts, per node of one project version, how many learners see it open, in progress, blocked or closed:
 * the effective statuses of each learner's {@link LearnerView}, added one learner at a time, so a cohort of
 * any size needs memory for the counters only. Not thread-safe; one tally per request.
 */
public final class CohortTally {
    private final ProjectSnapshot snapshot;
    private final int[][] counts;
    private int learners;
    private long closedLeaves;
    private int finished;

    public CohortTally(ProjectSnapshot snapshot) {
        this.snapshot = snapshot;
        this.counts = new int[snapshot.nodes().size()][Status.values().length];
    }

    /** Adds one learner's view (of this tally's snapshot); returns that learner's leaf counts. */
    public LearnerView.LeafCounts add(LearnerView view) {
        if (view.snapshot() != snapshot) throw new IllegalArgumentException("the view is of another project version");
        for (TaskState state : view.all()) counts[state.node().index()][state.status().ordinal()]++;
        LearnerView.LeafCounts leaves = view.counts(snapshot.root());
        closedLeaves += leaves.completed();
        if (leaves.completed() == leaves.total()) finished++;
        learners++;
        return leaves;
    }

    /** How many learners see {@code node} with {@code status}. */
    public int count(Node node, Status status) {
        return counts[node.index()][status.ordinal()];
    }

    public int learners() {
        return learners;
    }

    /** Learners who have closed every leaf. */
    public int finished() {
        return finished;
    }

    /** The mean share of leaves closed per learner, as a percentage with one decimal; 0 without learners. */
    public double averagePercentage() {
        long possible = (long) learners * snapshot.root().leaves().length;
        return possible == 0 ? 0 : Math.round(1000.0 * closedLeaves / possible) / 10.0;
    }
}
