package dev.ltt.instance;

import java.time.Instant;

/** A stored status of one task for one learner; {@code reason} is why it was parked ({@code BLOCKED}). */
public record ProgressRow(
        String taskId, Status status, String reason, Instant startedAt, Instant closedAt, Instant updatedAt) {}
