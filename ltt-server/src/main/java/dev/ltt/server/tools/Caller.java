package dev.ltt.server.tools;

/**
 * Who a tool acts for, bound by the door and never taken from the tool's arguments: the learner whose state
 * the tool reads and changes, and the actor recorded in that learner's history.
 */
public record Caller(String learnerId, String actor) {
    public Caller {
        if (learnerId == null || learnerId.isBlank()) throw new IllegalArgumentException("a learner id is required");
        if (actor == null || actor.isBlank()) actor = learnerId;
    }

    /** The learner acting for themself (through their agent). */
    public static Caller learner(String learnerId) {
        return new Caller(learnerId, learnerId);
    }
}
