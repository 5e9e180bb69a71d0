package dev.ltt.lti.platforms;

import com.nimbusds.jose.jwk.JWK;
import com.nimbusds.jose.jwk.JWKSet;
import com.nimbusds.jose.jwk.RSAKey;
import java.text.ParseException;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Platforms' public keys, fetched from their JWKS URL and cached by URL (an issuer never reuses a kid for another
 * key). A kid not in the cached set triggers one re-fetch, so a platform's key rotation works at once; the same
 * unknown kid is not re-fetched for again within a minute, so a stream of bad tokens cannot hammer the platform.
 */
public final class PlatformKeys {
    private static final Duration DEFAULT_TTL = Duration.ofHours(1);
    private static final Duration UNKNOWN_KID_PAUSE = Duration.ofMinutes(1);
    private static final Pattern MAX_AGE = Pattern.compile("max-age=(\\d{1,9})");
    private final PlatformHttp http;
    private final Clock clock;
    private final Map<String, Cached> sets = new ConcurrentHashMap<>();
    private final Map<String, Instant> unknownKids = new ConcurrentHashMap<>();

    public PlatformKeys(PlatformHttp http, Clock clock) {
        this.http = http;
        this.clock = clock;
    }

    private record Cached(JWKSet set, Instant expires) {}

    /** The RSA key with this kid from the JWKS at {@code jwksUri}, if the platform publishes one. */
    public Optional<RSAKey> key(String jwksUri, String kid) {
        Instant now = clock.instant();
        Cached cached = sets.get(jwksUri);
        if (cached == null || now.isAfter(cached.expires())) cached = fetch(jwksUri, now);
        Optional<RSAKey> key = find(cached.set(), kid);
        if (key.isPresent()) return key;
        String marker = jwksUri + " " + kid;
        Instant last = unknownKids.get(marker);
        if (last != null && now.isBefore(last.plus(UNKNOWN_KID_PAUSE))) return Optional.empty();
        unknownKids.put(marker, now);
        if (unknownKids.size() > 10_000) unknownKids.clear();
        return find(fetch(jwksUri, now).set(), kid);
    }

    private Cached fetch(String jwksUri, Instant now) {
        PlatformHttp.Answer answer = http.get(jwksUri, "application/json", null);
        if (!answer.ok())
            throw new PlatformHttp.PlatformException(
                    "the platform's key set " + jwksUri + " answered " + answer.status());
        try {
            JWKSet set = JWKSet.parse(answer.body());
            Duration ttl = answer.header("Cache-Control")
                    .map(MAX_AGE::matcher)
                    .filter(Matcher::find)
                    .map(m -> Duration.ofSeconds(Math.max(60, Math.min(86_400, Long.parseLong(m.group(1))))))
                    .orElse(DEFAULT_TTL);
            Cached cached = new Cached(set, now.plus(ttl));
            sets.put(jwksUri, cached);
            return cached;
        } catch (ParseException e) {
            throw new PlatformHttp.PlatformException("the platform's key set " + jwksUri + " is not a JWK set");
        }
    }

    private static Optional<RSAKey> find(JWKSet set, String kid) {
        JWK key = set.getKeyByKeyId(kid);
        return key instanceof RSAKey rsa ? Optional.of(rsa) : Optional.empty();
    }
}
