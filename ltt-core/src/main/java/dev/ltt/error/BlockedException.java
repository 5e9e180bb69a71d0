package dev.ltt.error;

import java.util.List;

/** The task is effectively blocked for this learner: these prerequisites (or a stated reason) stand in the way. */
public final class BlockedException extends LttException {
    private final List<String> blockedBy;

    public BlockedException(String message, List<String> blockedBy) {
        super(message);
        this.blockedBy = List.copyOf(blockedBy);
    }

    /** Ids of the prerequisite tasks that are not closed yet (empty when the task was parked explicitly). */
    @Override
    public List<String> blockedBy() {
        return blockedBy;
    }

    @Override
    public Kind kind() {
        return Kind.BLOCKED;
    }
}
