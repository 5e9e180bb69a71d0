package dev.ltt.people;

import dev.ltt.access.Principal;
import dev.ltt.access.StoredToken;
import dev.ltt.access.TokenStore;
import dev.ltt.access.Tokens;
import java.time.Clock;
import java.time.Instant;
import java.util.Optional;
import org.jdbi.v3.core.Jdbi;
import org.jdbi.v3.core.JdbiException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Tells who holds a bearer token: the admin (compared in constant time with the configured admin token) or
 * the holder of an issued, unexpired, unrevoked token (found by its hash, from the {@link TokenCache} when
 * it is there). Records the token's last use at most once a minute. Never logs a token.
 */
public final class Authenticate {
    private static final Logger log = LoggerFactory.getLogger(Authenticate.class);
    private final Jdbi jdbi;
    private final TokenStore tokens;
    private final TokenCache cache;
    private final String adminToken;
    private final Clock clock;

    public Authenticate(Jdbi jdbi, TokenStore tokens, TokenCache cache, String adminToken, Clock clock) {
        this.jdbi = jdbi;
        this.tokens = tokens;
        this.cache = cache;
        this.adminToken = adminToken;
        this.clock = clock;
    }

    public Optional<Principal> principal(String token) {
        if (token == null || token.isEmpty() || token.length() > 200) return Optional.empty();
        if (adminToken != null && Tokens.constantTimeEquals(token, adminToken)) return Optional.of(Principal.admin());
        Instant now = clock.instant();
        Optional<StoredToken> found = cache.find(Tokens.sha256(token), now);
        found.filter(t -> cache.shouldRecordUse(t, now)).ifPresent(t -> recordUse(t, now));
        return found.map(StoredToken::principal);
    }

    /** Best effort: a last-use time that could not be written must not refuse the request. */
    private void recordUse(StoredToken token, Instant now) {
        try {
            jdbi.useTransaction(h -> tokens.recordUse(h, token.tokenId(), now));
        } catch (JdbiException e) {
            log.debug("could not record the use of token {}: {}", token.tokenId(), e.getMessage());
        }
    }
}
