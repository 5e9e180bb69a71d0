package dev.ltt.instance;

import dev.ltt.template.ProjectSnapshot.Node;
import java.util.List;

/**
 * A task's effective status for one learner: {@code blockedBy} lists the prerequisites (of the task or an
 * ancestor) not closed yet; {@code reason} says why it is blocked ("prerequisites" or the reason it was parked).
 */
public record TaskState(Node node, Status status, List<String> blockedBy, String reason) {

    public static final String PREREQUISITES = "prerequisites";

    public String id() {
        return node.id();
    }

    public boolean isWorkable() {
        return status == Status.OPEN || status == Status.IN_PROGRESS;
    }
}
