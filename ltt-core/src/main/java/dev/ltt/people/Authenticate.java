package dev.ltt.people;

import dev.ltt.access.Principal;
import dev.ltt.access.StoredToken;
import dev.ltt.access.Tokens;
import java.time.Clock;
import java.time.Instant;
import java.util.Optional;

/**
 * Tells who holds a bearer token: the admin (compared in constant time with the configured admin token) or
 * the holder of an issued, unexpired, unrevoked token (found by its hash, from the {@link TokenCache} when
 * it is there). Notes the token's last use at most once in five minutes, in memory ({@link TokenUses} writes it in the
 * background), so a request never waits on a write. Never logs a token.
 */
public final class Authenticate {
    private final TokenCache cache;
    private final TokenUses uses;
    private final String adminToken;
    private final Clock clock;

    public Authenticate(TokenCache cache, TokenUses uses, String adminToken, Clock clock) {
        this.cache = cache;
        this.uses = uses;
        this.adminToken = adminToken;
        this.clock = clock;
    }

    public Optional<Principal> principal(String token) {
        if (token == null || token.isEmpty() || token.length() > 200) return Optional.empty();
        if (adminToken != null && Tokens.constantTimeEquals(token, adminToken)) return Optional.of(Principal.admin());
        Instant now = clock.instant();
        Optional<StoredToken> found = cache.find(Tokens.sha256(token), now);
        found.filter(t -> cache.shouldRecordUse(t, now)).ifPresent(t -> uses.note(t.tokenId(), now));
        return found.map(StoredToken::principal);
    }
}
