package dev.ltt.access;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.jdbi.v3.core.Handle;

/** SQL for issued tokens: looked up by their hash, listed and revoked by their id. The hash never leaves here but to the cache. */
public final class TokenStore {

    /** Stores a new token and returns its id. */
    public long insert(Handle h, String tokenSha256, Role role, String learnerId, String name, Instant expiresAt) {
        return h.createUpdate("""
                        INSERT INTO api_tokens (token_sha256, role, learner_id, name, expires_at)
                        VALUES (:hash, :role, :learner, :name, :expires)
                        """)
                .bind("hash", tokenSha256)
                .bind("role", role.key())
                .bind("learner", learnerId)
                .bind("name", name)
                .bind("expires", expiresAt == null ? null : Timestamp.from(expiresAt))
                .executeAndReturnGeneratedKeys("token_id")
                .mapTo(Long.class)
                .one();
    }

    /** The token with this hash, expired or not (the caller decides, so that a cache can keep the expiry). */
    public Optional<StoredToken> find(Handle h, String tokenSha256) {
        return h.createQuery("""
                        SELECT token_id, token_sha256, role, learner_id, name, expires_at FROM api_tokens
                        WHERE token_sha256 = :hash
                        """)
                .bind("hash", tokenSha256)
                .map((rs, ctx) ->
                        new StoredToken(rs.getLong(1), rs.getString(2), principal(rs), instant(rs.getTimestamp(6))))
                .findOne();
    }

    /** Issued tokens, newest first; only those of {@code learnerId} when it is not null. */
    public List<IssuedToken> list(Handle h, String learnerId, int limit, int offset) {
        return h.createQuery("""
                        SELECT t.token_id, t.role, t.learner_id, t.name, t.created_at, t.expires_at, u.last_used_at
                        FROM api_tokens t LEFT JOIN api_token_uses u ON u.token_id = t.token_id
                        WHERE (CAST(:learner AS text) IS NULL OR t.learner_id = :learner)
                        ORDER BY t.token_id DESC LIMIT :limit OFFSET :offset
                        """)
                .bind("learner", learnerId)
                .bind("limit", limit)
                .bind("offset", offset)
                .map((rs, ctx) -> new IssuedToken(
                        rs.getLong(1),
                        rs.getString(2),
                        rs.getString(3),
                        rs.getString(4),
                        instant(rs.getTimestamp(5)),
                        instant(rs.getTimestamp(6)),
                        instant(rs.getTimestamp(7))))
                .list();
    }

    /** Deletes the token (only when it is {@code learnerId}'s, unless that is null) and returns what it was. */
    public Optional<IssuedToken> delete(Handle h, long tokenId, String learnerId) {
        return h.createQuery("""
                        DELETE FROM api_tokens t
                        WHERE t.token_id = :id AND (CAST(:learner AS text) IS NULL OR t.learner_id = :learner)
                        RETURNING t.token_id, t.role, t.learner_id, t.name, t.created_at, t.expires_at,
                                  (SELECT u.last_used_at FROM api_token_uses u WHERE u.token_id = t.token_id)
                        """)
                .bind("id", tokenId)
                .bind("learner", learnerId)
                .map((rs, ctx) -> new IssuedToken(
                        rs.getLong(1),
                        rs.getString(2),
                        rs.getString(3),
                        rs.getString(4),
                        instant(rs.getTimestamp(5)),
                        instant(rs.getTimestamp(6)),
                        instant(rs.getTimestamp(7))))
                .findOne();
    }

    /**
     * Records the tokens' last uses in one statement, in token order (so that servers writing at once take the rows'
     * locks in one order); a use less than {@code windowSeconds} after the recorded one is not written. Unknown
     * tokens are skipped.
     */
    public void recordUses(Handle h, Map<Long, Instant> uses, int windowSeconds) {
        if (uses.isEmpty()) return;
        Long[] ids = uses.keySet().toArray(new Long[0]);
        String[] at = new String[ids.length];
        for (int i = 0; i < ids.length; i++) at[i] = uses.get(ids[i]).toString();
        h.createUpdate("""
                        INSERT INTO api_token_uses (token_id, last_used_at)
                        SELECT t.token_id, CAST(u.at AS timestamptz)
                        FROM unnest(CAST(:ids AS bigint[]), CAST(:at AS text[])) AS u(id, at)
                        JOIN api_tokens t ON t.token_id = u.id
                        ORDER BY t.token_id
                        ON CONFLICT (token_id) DO UPDATE SET last_used_at = excluded.last_used_at
                        WHERE api_token_uses.last_used_at < excluded.last_used_at - make_interval(secs => :window)
                        """)
                .bind("ids", ids)
                .bind("at", at)
                .bind("window", windowSeconds)
                .execute();
    }

    private static Principal principal(ResultSet rs) throws SQLException {
        return rs.getString(3).equals("learner")
                ? Principal.learner(rs.getString(4))
                : Principal.instructor(rs.getString(5));
    }

    private static Instant instant(Timestamp t) {
        return t == null ? null : t.toInstant();
    }
}
