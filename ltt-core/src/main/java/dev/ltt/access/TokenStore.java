package dev.ltt.access;

import org.jdbi.v3.core.Handle;

import java.sql.Timestamp;
import java.time.Instant;
import java.util.Optional;

/** SQL for issued tokens, looked up by their hash. */
public final class TokenStore {

    public void insert(Handle h, String tokenSha256, Role role, String learnerId, String name, Instant expiresAt) {
        h.createUpdate("""
                        INSERT INTO api_tokens (token_sha256, role, learner_id, name, expires_at)
                        VALUES (:hash, :role, :learner, :name, :expires)
                        """)
                .bind("hash", tokenSha256).bind("role", role.key()).bind("learner", learnerId).bind("name", name)
                .bind("expires", expiresAt == null ? null : Timestamp.from(expiresAt))
                .execute();
    }

    /** The holder of an unexpired token with this hash. */
    public Optional<Principal> find(Handle h, String tokenSha256, Instant now) {
        return h.createQuery("""
                        SELECT role, learner_id, name FROM api_tokens
                        WHERE token_sha256 = :hash AND (expires_at IS NULL OR expires_at > :now)
                        """)
                .bind("hash", tokenSha256).bind("now", Timestamp.from(now))
                .map((rs, ctx) -> rs.getString(1).equals("learner") ? Principal.learner(rs.getString(2))
                        : Principal.instructor(rs.getString(3)))
                .findOne();
    }
}
