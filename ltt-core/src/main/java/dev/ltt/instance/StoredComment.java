package dev.ltt.instance;

import java.time.Instant;

/** A learner's private comment on a task: only that learner (and the agent acting for them) reads it. */
public record StoredComment(long id, String learnerId, String taskId, String author, String body, Instant createdAt) {}
