package dev.ltt.instance;

import java.time.Instant;

/**
 * A status summary (progress note) of one learner on one task. Versions count 1, 2, 3... per (learner, task)
 * and are never rewritten: a new note is a new version. Written by the agent, or by LTT ("ltt") on close.
 */
public record Note(String learnerId, String taskId, int version, String text, String author, Instant createdAt) {}
