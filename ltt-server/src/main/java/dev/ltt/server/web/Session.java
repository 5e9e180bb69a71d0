package dev.ltt.server.web;

import dev.ltt.access.Principal;
import dev.ltt.people.Authenticate;
import io.javalin.http.Context;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import java.security.SecureRandom;
import java.util.Base64;
import java.util.Optional;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

/**
 * Who is signed in to the web UI. The token an admin issued is kept in the {@value #COOKIE} cookie (HttpOnly,
 * SameSite=Strict, a browser-session cookie) and checked on every request like a bearer token, so an expired
 * or unknown token signs the person out. Every form that changes state carries a CSRF token: an HMAC of the
 * session token under a secret drawn when the server starts. Tokens are never logged. Thread-safe.
 */
final class Session {
    static final String COOKIE = "ltt_session";
    static final String CSRF_FIELD = "csrf";
    private static final String CURRENT = "ltt.web.session";
    private final Authenticate authenticate;
    private final SecretKeySpec secret;

    Session(Authenticate authenticate) {
        this.authenticate = authenticate;
        byte[] key = new byte[32];
        new SecureRandom().nextBytes(key);
        this.secret = new SecretKeySpec(key, "HmacSHA256");
    }

    /** A signed-in person: their token (never shown) and who it says they are. */
    record Signed(String token, Principal principal, String csrf) {}

    /** The person signed in with this request's cookie, if the token is still valid; remembered for the request. */
    Optional<Signed> current(Context ctx) {
        Signed known = ctx.attribute(CURRENT);
        if (known != null) return Optional.of(known);
        String handle = LaunchPaths.handle(ctx);
        String token = handle != null ? handle : decode(ctx.cookie(COOKIE));
        if (token == null) return Optional.empty();
        Optional<Signed> signed = authenticate.principal(token).map(p -> new Signed(token, p, csrf(token)));
        signed.ifPresent(s -> ctx.attribute(CURRENT, s));
        return signed;
    }

    /** Who holds {@code token}, if anyone. */
    Optional<Principal> check(String token) {
        return token == null ? Optional.empty() : authenticate.principal(token.strip());
    }

    void signIn(Context ctx, String token) {
        Cookies.set(
                ctx,
                COOKIE,
                Base64.getUrlEncoder()
                        .withoutPadding()
                        .encodeToString(token.strip().getBytes(StandardCharsets.UTF_8)),
                -1);
    }

    void signOut(Context ctx) {
        Cookies.clear(ctx, COOKIE);
    }

    /** True when the form's CSRF field matches the session's token. */
    boolean csrfValid(Signed signed, String given) {
        if (given == null) return false;
        return MessageDigest.isEqual(
                signed.csrf().getBytes(StandardCharsets.US_ASCII), given.getBytes(StandardCharsets.US_ASCII));
    }

    private String csrf(String token) {
        try {
            Mac mac = Mac.getInstance("HmacSHA256");
            mac.init(secret);
            byte[] sig = mac.doFinal(("csrf:" + token).getBytes(StandardCharsets.UTF_8));
            return Base64.getUrlEncoder().withoutPadding().encodeToString(sig);
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("HmacSHA256 is not available", e);
        }
    }

    private static String decode(String cookie) {
        if (cookie == null || cookie.isEmpty() || cookie.length() > 400) return null;
        try {
            return new String(Base64.getUrlDecoder().decode(cookie), StandardCharsets.UTF_8);
        } catch (IllegalArgumentException e) {
            return null;
        }
    }
}
