package dev.ltt.usecase;

import dev.ltt.instance.TaskState;

/** A task the learner can work on now, as the ready list shows it. */
public record ReadyTask(String id, String title, String taskType, String status, int priority, String parentId) {

    static ReadyTask of(TaskState s) {
        return new ReadyTask(s.id(), s.node().title(), s.node().task().type().dbName(), s.status().key(),
                s.node().priority(), s.node().task().parentId());
    }
}
