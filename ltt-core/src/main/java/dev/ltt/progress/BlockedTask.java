package dev.ltt.progress;

import dev.ltt.instance.TaskState;
import java.util.List;

/** A task the learner cannot work on yet: the prerequisites not closed, or the reason it was parked. */
public record BlockedTask(String id, String title, String taskType, List<String> blockedBy, String reason) {

    static BlockedTask of(TaskState s) {
        return new BlockedTask(s.id(), s.node().title(), s.node().task().type().dbName(), s.blockedBy(), s.reason());
    }
}
