package dev.ltt.instance;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;

/**
 * A task's status for one learner. A learner with no progress row for a task has it {@code OPEN}. In JSON, as
 * in the database, a status is its {@link #key()} ({@code in_progress}), like every other status LTT writes.
 */
public enum Status {
    OPEN,
    IN_PROGRESS,
    BLOCKED,
    CLOSED;

    @JsonValue
    public String key() {
        return name().toLowerCase();
    }

    /** The status of a key ({@code in_progress}); the upper-case name is accepted too. */
    @JsonCreator
    public static Status fromKey(String key) {
        return valueOf(key.toUpperCase());
    }

    /**
     * The status as {@code learner_task_progress} stores it (V23): one {@code "char"}, the key's first letter, which
     * tells the four apart. The full key is accepted too.
     */
    public static Status fromStored(String stored) {
        if (stored.length() > 1) return fromKey(stored);
        return switch (stored.charAt(0)) {
            case 'o' -> OPEN;
            case 'i' -> IN_PROGRESS;
            case 'b' -> BLOCKED;
            case 'c' -> CLOSED;
            default -> throw new IllegalArgumentException("no status stored as '" + stored + "'");
        };
    }

    @Override
    public String toString() {
        return key();
    }
}
