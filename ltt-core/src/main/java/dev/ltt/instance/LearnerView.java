package dev.ltt.instance;

import dev.ltt.template.ProjectSnapshot;
import dev.ltt.template.ProjectSnapshot.Node;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Predicate;

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
    private static final Status[] STATUSES = Status.values();
    private static final byte OPEN = (byte) Status.OPEN.ordinal();
    private static final byte IN_PROGRESS = (byte) Status.IN_PROGRESS.ordinal();
    private static final byte BLOCKED = (byte) Status.BLOCKED.ordinal();
    private static final byte CLOSED = (byte) Status.CLOSED.ordinal();

    private final ProjectSnapshot snapshot;
    // statuses by node index as ordinals: a view is built per request, over every node, so it stays small
    private final byte[] stored;
    private final byte[] effective;
    /** Why a node is blocked when no prerequisite blocks it: its own park or an ancestor's; null when nothing is parked. */
    private final String[] parkedReason;
    /** By node, whether every leaf under it (itself, for a leaf) is closed. */
    private final boolean[] allClosed;
    /** Built on first use: most callers need a handful of nodes' full state, not a thousand. */
    private Map<Integer, TaskState> states;

    private final Map<String, ProgressRow> rows;

    public LearnerView(ProjectSnapshot snapshot, Map<String, ProgressRow> rows) {
        this.snapshot = snapshot;
        this.rows = rows;
        int n = snapshot.size();
        this.stored = new byte[n]; // all OPEN (0)
        this.effective = new byte[n];
        String[] parkedHere = null;
        boolean[] started = new boolean[n];
        for (ProgressRow row : rows.values()) {
            int i = snapshot.indexOf(row.taskId());
            if (i < 0) continue;
            stored[i] = (byte) row.status().ordinal();
            if (row.status() == Status.BLOCKED) {
                if (parkedHere == null) parkedHere = new String[n];
                parkedHere[i] = row.reason() == null ? "parked" : row.reason();
            }
            if (row.status() == Status.IN_PROGRESS) started[i] = true;
            // a container is in progress once a leaf under it has been started or closed
            if (snapshot.isLeaf(i) && (row.status() == Status.IN_PROGRESS || row.status() == Status.CLOSED)) {
                for (int a = snapshot.parentOf(i); a >= 0; a = snapshot.parentOf(a)) started[a] = true;
            }
        }
        this.parkedReason = parkedHere == null ? null : new String[n];
        // a node's gate is its own prerequisites and its parent's gate: decided once per node, parent first
        boolean[] gateOpen = new boolean[n];
        for (int i = 0; i < n; i++) { // curriculum order: a parent comes before its children
            int parent = snapshot.parentOf(i);
            gateOpen[i] = (parent < 0 || gateOpen[parent]) && closed(snapshot.prerequisitesOf(i));
            boolean parked = false;
            if (parkedReason != null) {
                parkedReason[i] = parkedHere[i] != null ? parkedHere[i] : parent >= 0 ? parkedReason[parent] : null;
                parked = parkedReason[i] != null;
            }
            effective[i] = stored[i] == CLOSED
                    ? CLOSED
                    : gateOpen[i] ? (parked ? BLOCKED : started[i] ? IN_PROGRESS : OPEN) : BLOCKED;
        }
        this.allClosed = new boolean[n];
        for (int i = n - 1; i >= 0; i--) { // children after their parent: walk back, children first
            boolean all = true;
            for (int child : snapshot.childrenOf(i)) all &= allClosed[child];
            allClosed[i] = snapshot.isLeaf(i) ? effective[i] == CLOSED : all;
        }
    }

    private boolean closed(int[] nodes) {
        for (int p : nodes) if (stored[p] != CLOSED) return false;
        return true;
    }

    /** Whether node {@code i}'s effective status is the same in both views (of one version). */
    static boolean sameStatus(LearnerView a, LearnerView b, int i) {
        return a.effective[i] == b.effective[i];
    }

    /** Node {@code i}'s effective status. */
    Status statusAt(int i) {
        return STATUSES[effective[i]];
    }

    /** The node's effective status, without building its full state. */
    public Status status(Node node) {
        return STATUSES[effective[node.index()]];
    }

    public ProjectSnapshot snapshot() {
        return snapshot;
    }

    public TaskState state(Node node) {
        if (states == null) states = new HashMap<>();
        return states.computeIfAbsent(node.index(), i -> build(node));
    }

    private TaskState build(Node node) {
        int i = node.index();
        Status status = STATUSES[effective[i]];
        if (status != Status.BLOCKED) return new TaskState(node, status, List.of(), null);
        List<String> blockers = new ArrayList<>();
        for (int p : node.gate())
            if (stored[p] != CLOSED) blockers.add(snapshot.node(p).id());
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
        return ready(includeContainers, node -> true, Integer.MAX_VALUE).first();
    }

    /** The first {@code limit} entries of the ready list of leaves: what a write answers with as next. */
    public List<TaskState> readyLeaves(int limit) {
        return ready(false, node -> true, limit).first();
    }

    /** The first {@code limit} of the ready nodes {@code filter} accepts, and how many it accepts in all. */
    public record ReadyPick(List<TaskState> first, int total) {}

    /**
     * The first {@code limit} ready nodes that {@code filter} accepts, in the ready list's order, without building
     * the state of the others: a ready list asks for five of several hundred.
     */
    public ReadyPick ready(boolean includeContainers, Predicate<Node> filter, int limit) {
        // each candidate as one sortable long: not in progress (1 bit), priority, then index (curriculum order)
        long[] keys = new long[effective.length];
        int count = 0;
        for (int i = 1; i < effective.length; i++) { // 0 is the project itself, never ready work
            byte s = effective[i];
            if ((s == OPEN || s == IN_PROGRESS)
                    && (includeContainers || snapshot.isLeaf(i))
                    && filter.test(snapshot.node(i))) {
                long later = s == IN_PROGRESS ? 0 : 1;
                keys[count++] = later << 62 | (long) snapshot.priorityOf(i) << 32 | i;
            }
        }
        Arrays.sort(keys, 0, count);
        int shown = Math.min(limit, count);
        List<TaskState> first = new ArrayList<>(shown);
        for (int k = 0; k < shown; k++) first.add(state(snapshot.node((int) keys[k])));
        return new ReadyPick(first, count);
    }

    /** Tasks effectively blocked, in curriculum order, with what blocks each. */
    public List<TaskState> blocked(boolean includeContainers) {
        List<TaskState> blocked = new ArrayList<>();
        for (Node node : snapshot.nodes()) {
            if (effective[node.index()] == BLOCKED && (includeContainers || node.isLeaf())) blocked.add(state(node));
        }
        return blocked;
    }

    /** Counts over the leaves under {@code node} (the node itself when it is a leaf). */
    public LeafCounts counts(Node node) {
        int closed = 0, inProgress = 0, blocked = 0;
        for (int leaf : node.leaves()) {
            byte s = effective[leaf];
            if (s == CLOSED) closed++;
            else if (s == IN_PROGRESS) inProgress++;
            else if (s == BLOCKED) blocked++;
        }
        return new LeafCounts(closed, node.leaves().length, inProgress, blocked);
    }

    /** True when every leaf under the node is closed: what achieving the node's objectives means. */
    public boolean allLeavesClosed(Node node) {
        return allClosed[node.index()];
    }

    /** As {@link #allLeavesClosed(Node)}, by node index. */
    boolean allLeavesClosed(int i) {
        return allClosed[i];
    }

    /** Leaf counts for a part of the tree. */
    public record LeafCounts(int completed, int total, int inProgress, int blocked) {
        public double percentage() {
            return total == 0 ? 0 : Math.round(1000.0 * completed / total) / 10.0;
        }
    }
}
