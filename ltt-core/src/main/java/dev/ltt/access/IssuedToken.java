package dev.ltt.access;

import java.time.Instant;

/**
 * An issued token as an admin (or its learner) sees it in a listing: never the token nor its hash.
 * {@code lastUsedAt} is to five minutes (null: never used); {@code expiresAt} null: never expires.
 */
public record IssuedToken(
        long id,
        String role,
        String learnerId,
        String name,
        Instant createdAt,
        Instant expiresAt,
        Instant lastUsedAt) {}
