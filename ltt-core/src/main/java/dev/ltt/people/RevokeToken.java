package dev.ltt.people;

import dev.ltt.access.TokenStore;
import dev.ltt.db.Invalidations;
import dev.ltt.error.NotFoundException;
import org.jdbi.v3.core.Jdbi;

/**
 * Revokes an issued token: its row is deleted and, in the same transaction, every server is told to drop it
 * from its cache; this server drops it as soon as the delete has committed, so the very next request with it
 * is refused here, and within a second everywhere else. An admin revokes any token; a learner their own.
 */
public final class RevokeToken {
    private final Jdbi jdbi;
    private final TokenStore tokens;
    private final TokenCache cache;

    public RevokeToken(Jdbi jdbi, TokenStore tokens, TokenCache cache) {
        this.jdbi = jdbi;
        this.tokens = tokens;
        this.cache = cache;
    }

    /** Revokes any issued token (an admin) and returns what it was; 404 when there is no token with this id. */
    public TokenSummary revoke(long tokenId) {
        return revoke(tokenId, null);
    }

    /** Revokes one of {@code learnerId}'s own tokens; 404 when that learner has no token with this id. */
    public TokenSummary revokeOwn(String learnerId, long tokenId) {
        return revoke(tokenId, learnerId);
    }

    private TokenSummary revoke(long tokenId, String learnerId) {
        TokenSummary revoked = jdbi.inTransaction(h -> {
            TokenSummary gone = tokens.delete(h, tokenId, learnerId)
                    .map(TokenSummary::of)
                    .orElseThrow(() -> new NotFoundException(
                            "no token " + tokenId + (learnerId == null ? "" : " of learner " + learnerId)
                                    + ": list the tokens to see their ids"));
            Invalidations.send(h, TokenCache.TOPIC, Long.toString(tokenId));
            return gone;
        });
        cache.invalidate(Long.toString(tokenId)); // refused here from the next request on, notice or not
        return revoked;
    }
}
