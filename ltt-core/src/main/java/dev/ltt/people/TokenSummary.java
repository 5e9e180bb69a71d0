package dev.ltt.people;

import dev.ltt.access.IssuedToken;
import java.time.Instant;

/**
 * One issued token in a listing: its id (what revoking takes), role, learner (learner tokens) or name
 * (instructor tokens), when it was made, when it expires (null: never) and when it was last used, to the
 * minute (null: never). Never the token or its hash.
 */
public record TokenSummary(
        long id, String role, String learnerId, String name, Instant createdAt, Instant expiresAt, Instant lastUsedAt) {

    static TokenSummary of(IssuedToken t) {
        return new TokenSummary(
                t.id(), t.role(), t.learnerId(), t.name(), t.createdAt(), t.expiresAt(), t.lastUsedAt());
    }
}
