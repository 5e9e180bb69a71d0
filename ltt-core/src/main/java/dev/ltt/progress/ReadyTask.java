package dev.ltt.progress;

import dev.ltt.instance.TaskState;

/** A task the learner can work on now, as the ready list shows it. */
public record ReadyTask(String id, String title, String taskType, String status, int priority, String parentId) {
    /** How many ready tasks a write answers with, as what to do next. */
    public static final int NEXT = 5;

    /** The ready-list entry of one task's state (for use-cases; the doors receive the record). */
    public static ReadyTask of(TaskState s) {
        return new ReadyTask(
                s.id(),
                s.node().title(),
                s.node().task().type().dbName(),
                s.status().key(),
                s.node().priority(),
                s.node().task().parentId());
    }
}
