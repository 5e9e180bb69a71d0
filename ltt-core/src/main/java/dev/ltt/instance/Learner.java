package dev.ltt.instance;

import java.time.Instant;

/** Someone working through curricula; every row of the instance layer belongs to one learner. */
public record Learner(String id, String name, String email, Instant createdAt) {}
