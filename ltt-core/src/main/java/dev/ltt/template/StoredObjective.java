package dev.ltt.template;

/** A learning objective as stored: the task it belongs to, its place there, and the objective itself. */
public record StoredObjective(long id, String taskId, int position, LearningObjective objective) {}
