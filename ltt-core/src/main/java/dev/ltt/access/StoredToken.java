package dev.ltt.access;

import java.time.Instant;

/** An issued token as authentication needs it: its id, its hash, who holds it, and when it expires (null: never). */
public record StoredToken(long tokenId, String sha256, Principal principal, Instant expiresAt) {

    public boolean validAt(Instant now) {
        return expiresAt == null || expiresAt.isAfter(now);
    }
}
