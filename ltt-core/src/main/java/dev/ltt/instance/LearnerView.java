package dev.ltt.instance;

import dev.ltt.template.ProjectSnapshot;
import dev.ltt.template.ProjectSnapshot.Node;
import java.util.ArrayList;
import java.util.Arrays;
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
    private final Status[] stored;
    private final Status[] effective;
    /** Why a node is blocked when no prerequisite blocks it: its own park or an ancestor's; null when not parked. */
    private final String[] parkedReason;
    /** Built on first use: most callers need a handful of nodes' full state, not a thousand. */
    private final TaskState[] states;

    private final Map<String, ProgressRow> rows;

    public LearnerView(ProjectSnapshot snapshot, Map<String, ProgressRow> rows) {
        this.snapshot = snapshot;
        this.rows = rows;
        int n = snapshot.nodes().size();
        this.stored = new Status[n];
        this.effective = new Status[n];
        this.parkedReason = new String[n];
        this.states = new TaskState[n];
        Arrays.fill(stored, Status.OPEN);
        String[] parkedHere = new String[n];
        boolean[] started = new boolean[n];
        for (ProgressRow row : rows.values()) {
            int i = snapshot.indexOf(row.taskId());
            if (i < 0) continue;
            stored[i] = row.status();
            if (row.status() == Status.BLOCKED) parkedHere[i] = row.reason() == null ? "parked" : row.reason();
            if (row.status() == Status.IN_PROGRESS) started[i] = true;
            Node node = snapshot.node(i);
            // a container is in progress once a leaf under it has been started or closed
            if (node.isLeaf() && (row.status() == Status.IN_PROGRESS || row.status() == Status.CLOSED)) {
                for (int a = node.parent(); a >= 0; a = snapshot.node(a).parent()) started[a] = true;
            }
        }
        for (Node node : snapshot.nodes()) { // curriculum order: a parent comes before its children
            int i = node.index();
            parkedReason[i] =
                    parkedHere[i] != null ? parkedHere[i] : node.parent() >= 0 ? parkedReason[node.parent()] : null;
            effective[i] = stored[i] == Status.CLOSED
                    ? Status.CLOSED
                    : gateOpen(node)
                            ? (parkedReason[i] != null ? Status.BLOCKED : started[i] ? Status.IN_PROGRESS : Status.OPEN)
                            : Status.BLOCKED;
        }
    }

    private boolean gateOpen(Node node) {
        for (int p : node.gate()) if (stored[p] != Status.CLOSED) return false;
        return true;
    }

    /** The node's effective status, without building its full state. */
    public Status status(Node node) {
        return effective[node.index()];
    }

    public ProjectSnapshot snapshot() {
        return snapshot;
    }

    public TaskState state(Node node) {
        int i = node.index();
        TaskState state = states[i];
        if (state == null) states[i] = state = build(node);
        return state;
    }

    private TaskState build(Node node) {
        int i = node.index();
        if (effective[i] != Status.BLOCKED) return new TaskState(node, effective[i], List.of(), null);
        List<String> blockers = new ArrayList<>();
        for (int p : node.gate())
            if (stored[p] != Status.CLOSED) blockers.add(snapshot.node(p).id());
        return blockers.isEmpty()
                ? new TaskState(node, Status.BLOCKED, List.of(), parkedReason[i])
                : new TaskState(node, Status.BLOCKED, List.copyOf(blockers), TaskState.PREREQUISITES);
    }

    /** The learner's stored row for the node (when it was started and closed), or null while it has none. */
    public ProgressRow row(Node node) {
        return rows.get(node.id());
    }

    public List<TaskState> all() {
        List<TaskState> all = new ArrayList<>(effective.length);
        for (Node node : snapshot.nodes()) all.add(state(node));
        return all;
    }

    /** What the learner can work on now: in progress first, then by priority, then in curriculum order. */
    public List<TaskState> ready(boolean includeContainers) {
        List<TaskState> ready = new ArrayList<>();
        for (Node node : snapshot.nodes()) {
            Status s = effective[node.index()];
            if ((s == Status.OPEN || s == Status.IN_PROGRESS)
                    && (includeContainers || node.isLeaf())
                    && !node.task().isRoot()) {
                ready.add(state(node));
            }
        }
        ready.sort(Comparator.comparing((TaskState s) -> s.status() != Status.IN_PROGRESS)
                .thenComparingInt(s -> s.node().priority())
                .thenComparingInt(s -> s.node().index()));
        return ready;
    }

    /** Tasks effectively blocked, in curriculum order, with what blocks each. */
    public List<TaskState> blocked(boolean includeContainers) {
        List<TaskState> blocked = new ArrayList<>();
        for (Node node : snapshot.nodes()) {
            if (effective[node.index()] == Status.BLOCKED && (includeContainers || node.isLeaf()))
                blocked.add(state(node));
        }
        return blocked;
    }

    /** Counts over the leaves under {@code node} (the node itself when it is a leaf). */
    public LeafCounts counts(Node node) {
        int closed = 0, inProgress = 0, blocked = 0;
        for (int leaf : node.leaves()) {
            switch (effective[leaf]) {
                case CLOSED -> closed++;
                case IN_PROGRESS -> inProgress++;
                case BLOCKED -> blocked++;
                default -> {}
            }
        }
        return new LeafCounts(closed, node.leaves().length, inProgress, blocked);
    }

    /** True when every leaf under the node is closed: what achieving the node's objectives means. */
    public boolean allLeavesClosed(Node node) {
        for (int leaf : node.leaves()) if (effective[leaf] != Status.CLOSED) return false;
        return true;
    }

    /** Leaf counts for a part of the tree. */
    public record LeafCounts(int completed, int total, int inProgress, int blocked) {
        public double percentage() {
            return total == 0 ? 0 : Math.round(1000.0 * completed / total) / 10.0;
        }
    }
}
