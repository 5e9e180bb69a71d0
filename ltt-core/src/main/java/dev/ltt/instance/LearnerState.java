package dev.ltt.instance;

import dev.ltt.template.ProjectSnapshot;
import dev.ltt.template.ProjectSnapshot.Node;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.jdbi.v3.core.Handle;

/**
 * One learner's state in one project version, loaded inside a write transaction (after the learner's row
 * lock), and the only way that state changes: every change sets the progress row and logs its event, closing
 * or reopening carries the change up the tree, and {@link #flush} writes them all, with how the learner's
 * effective statuses moved for the cohort tallies ({@link CohortFacts}), in one round trip before the
 * transaction commits. Not thread-safe: one per transaction.
 */
public final class LearnerState {
    /** The actor recorded for changes LTT makes by itself (containers closing, ancestors reopening). */
    public static final String SYSTEM = "ltt";

    private final Handle handle;
    private final String learnerId;
    private final ProjectSnapshot snapshot;
    private final Map<String, ProgressRow> rows;
    private final StateChangeStore changes;
    private final Clock clock;
    private final ProgressListener listener;
    private LearnerView view;
    /** The view the tallies last heard of: as loaded, then as of the last {@link #flush}. */
    private LearnerView recorded;

    private final Map<String, ProgressRow> pendingRows = new LinkedHashMap<>();
    private final List<StateChangeStore.Change> pendingChanges = new ArrayList<>();
    /** What the unit writes, sent in one round trip by {@link #flush}: the changes, and what others add. */
    private final RoundTrip trip = new RoundTrip();

    /** The learner's state over {@code rows}, their progress rows in the version, read after their row was locked. */
    public LearnerState(
            Handle handle,
            String learnerId,
            ProjectSnapshot snapshot,
            List<ProgressRow> rows,
            StateChangeStore changes,
            Clock clock) {
        this(handle, learnerId, snapshot, rows, changes, clock, ProgressListener.NONE);
    }

    /** As above, telling {@code listener} of each change (grade passback queues its scores in the same transaction). */
    public LearnerState(
            Handle handle,
            String learnerId,
            ProjectSnapshot snapshot,
            List<ProgressRow> rows,
            StateChangeStore changes,
            Clock clock,
            ProgressListener listener) {
        this.listener = listener;
        this.handle = handle;
        this.learnerId = learnerId;
        this.snapshot = snapshot;
        this.changes = changes;
        this.clock = clock;
        this.rows = new HashMap<>(rows.size() * 2 + 8);
        rows.forEach(r -> this.rows.put(r.taskId(), r));
        this.recorded = view();
    }

    public String learnerId() {
        return learnerId;
    }

    public ProjectSnapshot snapshot() {
        return snapshot;
    }

    public LearnerView view() {
        if (view == null) view = new LearnerView(snapshot, rows);
        return view;
    }

    public TaskState state(Node node) {
        return view().state(node);
    }

    /** The stored status (a missing row is open), as opposed to the effective one of {@link #state}. */
    public Status stored(Node node) {
        ProgressRow row = rows.get(node.id());
        return row == null ? Status.OPEN : row.status();
    }

    public void start(Node node, String actor) {
        change(node, Status.IN_PROGRESS, actor, null, null);
    }

    /** Closes the node and every ancestor whose children are now all closed; returns those ancestors' ids. */
    public List<String> close(Node node, String actor, String reason) {
        change(node, Status.CLOSED, actor, reason, null);
        List<String> autoClosed = new ArrayList<>();
        for (Node ancestor : snapshot.ancestors(node)) {
            if (stored(ancestor) == Status.CLOSED || !allChildrenClosed(ancestor)) break;
            change(ancestor, Status.CLOSED, SYSTEM, "all of its children are closed", null);
            autoClosed.add(ancestor.id());
        }
        return autoClosed;
    }

    /** Reopens the node; closed ancestors go back to in progress. Children are never touched. */
    public List<String> reopen(Node node, String actor, String reason) {
        change(node, Status.OPEN, actor, reason, null);
        List<String> reopened = new ArrayList<>();
        for (Node ancestor : snapshot.ancestors(node)) {
            if (stored(ancestor) != Status.CLOSED) continue;
            change(ancestor, Status.IN_PROGRESS, SYSTEM, "a task under it was reopened: " + node.id(), null);
            reopened.add(ancestor.id());
        }
        return reopened;
    }

    /** Parks the task explicitly, with a reason shown wherever its status is. */
    public void park(Node node, String actor, String reason) {
        change(node, Status.BLOCKED, actor, reason, reason);
    }

    /** Lifts an explicit park: back to in progress when it had been started, otherwise open. */
    public void unpark(Node node, String actor, String reason) {
        ProgressRow row = rows.get(node.id());
        change(node, row != null && row.startedAt() != null ? Status.IN_PROGRESS : Status.OPEN, actor, reason, null);
    }

    private boolean allChildrenClosed(Node node) {
        for (int child : node.children()) if (stored(snapshot.node(child)) != Status.CLOSED) return false;
        return true;
    }

    /**
     * The writes sent with the state changes by the next {@link #flush}: a use-case adds what it writes along with
     * them (the notes it generates), so that a unit of work's writes all go in one round trip.
     */
    public RoundTrip trip() {
        return trip;
    }

    /**
     * Writes what changed since the last flush (rows, events, the tallies' differences, what the listener queues)
     * and whatever else was added to {@link #trip}, in one round trip. The unit of work calls it once before it
     * commits; nothing is written until then.
     */
    public void flush() {
        Map<Integer, Integer> deltas = new HashMap<>();
        if (!pendingRows.isEmpty() || !pendingChanges.isEmpty()) {
            LearnerView now = view();
            CohortFacts.diff(recorded, now, deltas);
            changes.record(trip, learnerId, snapshot.project().pk(), pendingRows.values(), pendingChanges, deltas);
            listener.changed(trip, learnerId, snapshot.project().slug(), now);
            pendingRows.clear();
            pendingChanges.clear();
            recorded = now;
        }
        trip.send(handle);
        if (!deltas.isEmpty()) changes.appended(handle, snapshot.project().pk());
    }

    private void change(Node node, Status to, String actor, String reason, String parkedReason) {
        Status from = state(node).status();
        ProgressRow old = rows.get(node.id());
        Instant now = clock.instant();
        Instant startedAt = old != null && old.startedAt() != null
                ? old.startedAt()
                : to == Status.IN_PROGRESS || (to == Status.CLOSED && node.isLeaf()) ? now : null;
        Instant closedAt = to == Status.CLOSED ? now : null;
        ProgressRow row = new ProgressRow(node.id(), to, parkedReason, startedAt, closedAt, now);
        pendingRows.put(node.id(), row);
        pendingChanges.add(new StateChangeStore.Change(node.id(), from, to, actor, reason));
        rows.put(node.id(), row);
        view = null;
    }
}
