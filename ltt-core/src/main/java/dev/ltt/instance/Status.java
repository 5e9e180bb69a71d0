package dev.ltt.instance;

/** A task's status for one learner. A learner with no progress row for a task has it {@code OPEN}. */
public enum Status {
    OPEN, IN_PROGRESS, BLOCKED, CLOSED;

    public String key() {
        return name().toLowerCase();
    }

    public static Status fromKey(String key) {
        return valueOf(key.toUpperCase());
    }

    @Override
    public String toString() {
        return key();
    }
}
