package dev.ltt.template;

import java.time.Instant;

/** An instructor's comment on a task, shared with every learner of that task: part of the template layer. */
public record SharedComment(long id, String taskId, String author, String body, Instant createdAt) {}
