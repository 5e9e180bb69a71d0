package dev.ltt.model;

import dev.ltt.model.ModelCurriculum.ModelNode;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * A plain in-memory statement of behaviour.md sections 3 to 5 for one learner, written for clarity, not
 * speed: the model test checks the real engine against it after every step.
 */
final class ReferenceModel {
    enum Outcome {
        OK,
        INVALID_STATE,
        BLOCKED
    }

    private final ModelCurriculum curriculum;
    private final Map<Integer, String> stored = new HashMap<>();
    private final Map<Integer, Boolean> everStarted = new HashMap<>();
    private int attempts;

    ReferenceModel(ModelCurriculum curriculum) {
        this.curriculum = curriculum;
    }

    private ModelNode node(int i) {
        return curriculum.nodes().get(i);
    }

    String stored(int i) {
        return stored.getOrDefault(i, "open");
    }

    int attempts() {
        return attempts;
    }

    String status(int i) {
        if (stored(i).equals("closed")) return "closed";
        if (!blockers(i).isEmpty() || parked(i)) return "blocked";
        if (stored(i).equals("in_progress")) return "in_progress";
        if (!node(i).isLeaf()
                && leaves(i).stream()
                        .anyMatch(l -> !stored(l).equals("open") && !stored(l).equals("blocked"))) {
            return "in_progress";
        }
        return "open";
    }

    List<Integer> blockers(int i) {
        List<Integer> result = new ArrayList<>();
        for (int a = i; a >= 0; a = node(a).parent()) {
            for (int d : node(a).blocks()) if (!stored(d).equals("closed") && !result.contains(d)) result.add(d);
        }
        return result;
    }

    private boolean parked(int i) {
        for (int a = i; a >= 0; a = node(a).parent()) if (stored(a).equals("blocked")) return true;
        return false;
    }

    List<Integer> leaves(int i) {
        if (node(i).isLeaf()) return List.of(i);
        List<Integer> result = new ArrayList<>();
        node(i).children().forEach(c -> result.addAll(leaves(c)));
        return result;
    }

    /** Ready leaves: in progress first, then (all priorities equal here) curriculum order. */
    List<Integer> ready() {
        List<Integer> inProgress = new ArrayList<>();
        List<Integer> open = new ArrayList<>();
        for (ModelNode n : curriculum.nodes()) {
            if (!n.isLeaf() || n.depth() == 0) continue;
            String s = status(n.index());
            if (s.equals("in_progress")) inProgress.add(n.index());
            if (s.equals("open")) open.add(n.index());
        }
        inProgress.addAll(open);
        return inProgress;
    }

    private Outcome workable(int i) {
        String s = status(i);
        if (s.equals("closed")) return Outcome.INVALID_STATE;
        if (s.equals("blocked")) return Outcome.BLOCKED;
        return Outcome.OK;
    }

    Outcome start(int i) {
        Outcome o = workable(i);
        if (o == Outcome.OK && status(i).equals("open")) set(i, "in_progress");
        return o;
    }

    Outcome submit(int i, boolean passes) {
        if (!node(i).isLeaf()) return Outcome.INVALID_STATE;
        Outcome o = workable(i);
        if (o != Outcome.OK) return o;
        if (status(i).equals("open")) set(i, "in_progress");
        attempts++;
        if (passes) close(i);
        return Outcome.OK;
    }

    Outcome complete(int i) {
        Outcome o = workable(i);
        if (o != Outcome.OK) return o;
        if (node(i).isLeaf() && !node(i).conversational()) return Outcome.INVALID_STATE;
        if (node(i).children().stream().anyMatch(c -> !stored(c).equals("closed"))) return Outcome.INVALID_STATE;
        close(i);
        return Outcome.OK;
    }

    Outcome reopen(int i) {
        if (!status(i).equals("closed")) return Outcome.INVALID_STATE;
        set(i, "open");
        for (int a = node(i).parent(); a >= 0; a = node(a).parent())
            if (stored(a).equals("closed")) set(a, "in_progress");
        return Outcome.OK;
    }

    Outcome block(int i) {
        if (stored(i).equals("closed") || stored(i).equals("blocked")) return Outcome.INVALID_STATE;
        set(i, "blocked");
        return Outcome.OK;
    }

    Outcome unblock(int i) {
        if (!stored(i).equals("blocked")) return Outcome.INVALID_STATE;
        set(i, everStarted.getOrDefault(i, false) ? "in_progress" : "open");
        return Outcome.OK;
    }

    private void close(int i) {
        set(i, "closed");
        for (int a = node(i).parent(); a >= 0; a = node(a).parent()) {
            if (stored(a).equals("closed")
                    || node(a).children().stream().anyMatch(c -> !stored(c).equals("closed"))) break;
            set(a, "closed");
        }
    }

    private void set(int i, String status) {
        if (status.equals("in_progress") || (status.equals("closed") && node(i).isLeaf())) everStarted.put(i, true);
        stored.put(i, status);
    }
}
