package dev.ltt.lti.platforms;

import com.fasterxml.jackson.databind.JsonNode;
import com.nimbusds.jwt.JWTClaimsSet;
import dev.ltt.json.Json;
import java.time.Clock;
import java.time.Instant;
import java.util.Date;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Access tokens for a platform's services (AGS, NRPS): the OAuth 2 client-credentials grant with a client
 * assertion signed by the tool's key, cached per (registration, scopes) until shortly before they expire.
 * Tokens are never logged.
 */
public final class PlatformTokens {
    private final PlatformHttp http;
    private final ToolKeys keys;
    private final Clock clock;
    private final Map<String, Cached> cache = new ConcurrentHashMap<>();

    public PlatformTokens(PlatformHttp http, ToolKeys keys, Clock clock) {
        this.http = http;
        this.keys = keys;
        this.clock = clock;
    }

    private record Cached(String token, Instant expires) {}

    public String token(Registration r, String scope) {
        String key = r.id() + " " + scope;
        Instant now = clock.instant();
        Cached cached = cache.get(key);
        if (cached != null && now.isBefore(cached.expires())) return cached.token();
        JWTClaimsSet assertion = new JWTClaimsSet.Builder()
                .issuer(r.clientId())
                .subject(r.clientId())
                .audience(r.assertionAudience())
                .issueTime(Date.from(now.minusSeconds(5)))
                .expirationTime(Date.from(now.plusSeconds(300)))
                .jwtID(UUID.randomUUID().toString())
                .build();
        PlatformHttp.Answer answer = http.postForm(
                r.tokenEndpoint(),
                Map.of(
                        "grant_type",
                        "client_credentials",
                        "client_assertion_type",
                        "urn:ietf:params:oauth:client-assertion-type:jwt-bearer",
                        "client_assertion",
                        keys.sign(assertion),
                        "scope",
                        scope));
        if (!answer.ok()) {
            throw new PlatformHttp.PlatformException("the platform's token endpoint answered " + answer.status());
        }
        try {
            JsonNode body = Json.MAPPER.readTree(answer.body());
            String token = body.path("access_token").asText(null);
            if (token == null || token.isEmpty())
                throw new PlatformHttp.PlatformException("the token endpoint gave no access_token");
            long seconds = body.path("expires_in").asLong(3600);
            cache.put(key, new Cached(token, now.plusSeconds(Math.max(0, seconds - 30))));
            return token;
        } catch (com.fasterxml.jackson.core.JsonProcessingException e) {
            throw new PlatformHttp.PlatformException("the token endpoint's answer is not JSON");
        }
    }

    /** Forgets a token the platform refused. */
    public void forget(Registration r, String scope) {
        cache.remove(r.id() + " " + scope);
    }
}
