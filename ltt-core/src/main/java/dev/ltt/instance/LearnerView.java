package dev.ltt.instance;

import dev.ltt.template.ProjectSnapshot;
import dev.ltt.template.ProjectSnapshot.Node;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;

/**
 * One learner's view of one project version: a pure function of the immutable snapshot and the learner's
 * progress rows (a missing row is {@code open}). Computes effective statuses, ready work, blocked work and
 * progress without touching the database.
 *
 * <p>Rules: closed wins; then a blocking prerequisite of the task or any ancestor that is not closed blocks
 * it; then a task parked explicitly (or under a parked ancestor) is blocked with that reason; a leaf is in
 * progress when its row says so; a container is in progress when it was reopened or any leaf under it has
 * been started or closed; everything else is open.
 */
public final class LearnerView {
    private final ProjectSnapshot snapshot;
    private final TaskState[] states;
    private final Map<String, ProgressRow> rows;

    public LearnerView(ProjectSnapshot snapshot, Map<String, ProgressRow> rows) {
        this.snapshot = snapshot;
        this.rows = rows;
        int n = snapshot.nodes().size();
        Status[] stored = new Status[n];
        String[] parkedReason = new String[n];
        for (Node node : snapshot.nodes()) {
            ProgressRow row = rows.get(node.id());
            stored[node.index()] = row == null ? Status.OPEN : row.status();
            String inherited = node.parent() >= 0 ? parkedReason[node.parent()] : null;
            parkedReason[node.index()] = row != null && row.status() == Status.BLOCKED
                    ? (row.reason() == null ? "parked" : row.reason()) : inherited;
        }
        this.states = new TaskState[n];
        for (Node node : snapshot.nodes()) states[node.index()] = state(node, stored, parkedReason);
    }

    private TaskState state(Node node, Status[] stored, String[] parkedReason) {
        int i = node.index();
        if (stored[i] == Status.CLOSED) return new TaskState(node, Status.CLOSED, List.of(), null);
        List<String> blockers = new ArrayList<>();
        for (int p : node.gate()) if (stored[p] != Status.CLOSED) blockers.add(snapshot.node(p).id());
        if (!blockers.isEmpty()) return new TaskState(node, Status.BLOCKED, List.copyOf(blockers), TaskState.PREREQUISITES);
        if (parkedReason[i] != null) return new TaskState(node, Status.BLOCKED, List.of(), parkedReason[i]);
        return new TaskState(node, started(node, stored) ? Status.IN_PROGRESS : Status.OPEN, List.of(), null);
    }

    private static boolean started(Node node, Status[] stored) {
        if (stored[node.index()] == Status.IN_PROGRESS) return true;
        if (node.isLeaf()) return false;
        for (int leaf : node.leaves()) {
            if (stored[leaf] == Status.IN_PROGRESS || stored[leaf] == Status.CLOSED) return true;
        }
        return false;
    }

    public ProjectSnapshot snapshot() {
        return snapshot;
    }

    public TaskState state(Node node) {
        return states[node.index()];
    }

    /** The learner's stored row for the node (when it was started and closed), or null while it has none. */
    public ProgressRow row(Node node) {
        return rows.get(node.id());
    }

    public List<TaskState> all() {
        return List.of(states);
    }

    /** What the learner can work on now: in progress first, then by priority, then in curriculum order. */
    public List<TaskState> ready(boolean includeContainers) {
        List<TaskState> ready = new ArrayList<>();
        for (TaskState s : states) {
            if (s.isWorkable() && (includeContainers || s.node().isLeaf()) && !s.node().task().isRoot()) ready.add(s);
        }
        ready.sort(Comparator.comparing((TaskState s) -> s.status() != Status.IN_PROGRESS)
                .thenComparingInt(s -> s.node().priority())
                .thenComparingInt(s -> s.node().index()));
        return ready;
    }

    /** Tasks effectively blocked, in curriculum order, with what blocks each. */
    public List<TaskState> blocked(boolean includeContainers) {
        List<TaskState> blocked = new ArrayList<>();
        for (TaskState s : states) {
            if (s.status() == Status.BLOCKED && (includeContainers || s.node().isLeaf())) blocked.add(s);
        }
        return blocked;
    }

    /** Counts over the leaves under {@code node} (the node itself when it is a leaf). */
    public LeafCounts counts(Node node) {
        int closed = 0, inProgress = 0, blocked = 0;
        for (int leaf : node.leaves()) {
            switch (states[leaf].status()) {
                case CLOSED -> closed++;
                case IN_PROGRESS -> inProgress++;
                case BLOCKED -> blocked++;
                default -> { }
            }
        }
        return new LeafCounts(closed, node.leaves().length, inProgress, blocked);
    }

    /** True when every leaf under the node is closed: what achieving the node's objectives means. */
    public boolean allLeavesClosed(Node node) {
        for (int leaf : node.leaves()) if (states[leaf].status() != Status.CLOSED) return false;
        return true;
    }

    /** Leaf counts for a part of the tree. */
    public record LeafCounts(int completed, int total, int inProgress, int blocked) {
        public double percentage() {
            return total == 0 ? 0 : Math.round(1000.0 * completed / total) / 10.0;
        }
    }
}
