package dev.ltt.people;

import dev.ltt.access.Principal;
import dev.ltt.access.TokenStore;
import dev.ltt.access.Tokens;
import org.jdbi.v3.core.Jdbi;

import java.time.Clock;
import java.util.Optional;

/**
 * Tells who holds a bearer token: the admin (compared in constant time with the configured admin token) or
 * the holder of an issued, unexpired token (found by its hash). Never logs a token.
 */
public final class Authenticate {
    private final Jdbi jdbi;
    private final TokenStore tokens;
    private final String adminToken;
    private final Clock clock;

    public Authenticate(Jdbi jdbi, TokenStore tokens, String adminToken, Clock clock) {
        this.jdbi = jdbi;
        this.tokens = tokens;
        this.adminToken = adminToken;
        this.clock = clock;
    }

    public Optional<Principal> principal(String token) {
        if (token == null || token.isEmpty() || token.length() > 200) return Optional.empty();
        if (adminToken != null && Tokens.constantTimeEquals(token, adminToken)) return Optional.of(Principal.admin());
        String hash = Tokens.sha256(token);
        return jdbi.withHandle(h -> tokens.find(h, hash, clock.instant()));
    }
}
