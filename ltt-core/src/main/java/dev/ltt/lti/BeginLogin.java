package dev.ltt.lti;

import dev.ltt.access.Tokens;
import dev.ltt.lti.platforms.Registration;
import dev.ltt.lti.platforms.RegistrationStore;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.jdbi.v3.core.Jdbi;

/**
 * The OIDC third-party login a platform starts: finds the registration, draws a fresh state and nonce (kept as
 * hashes for ten minutes, single use) and says where to send the browser: the platform's authorization endpoint.
 */
public final class BeginLogin {
    static final Duration STATE_LIFETIME = Duration.ofMinutes(10);
    private final Jdbi jdbi;
    private final RegistrationStore registrations;
    private final LoginStateStore states;
    private final Clock clock;

    BeginLogin(Jdbi jdbi, RegistrationStore registrations, LoginStateStore states, Clock clock) {
        this.jdbi = jdbi;
        this.registrations = registrations;
        this.states = states;
        this.clock = clock;
    }

    /** The login initiation's parameters, and LTT's launch URL ({@code redirect_uri}). */
    public record Command(
            String issuer,
            String loginHint,
            String targetLinkUri,
            String messageHint,
            String clientId,
            String deploymentId,
            String launchUrl,
            String storageTarget) {}

    /**
     * Where the browser goes next, and the state (and nonce) to bind to it. With {@code storageTarget} set, the
     * platform offered its storage: the browser first stores both there, in the frame so named, by postMessage
     * to {@code platformOrigin} (the origin of the platform's authorization endpoint).
     */
    public record Redirect(String location, String state, String nonce, String storageTarget, String platformOrigin) {}

    /** A frame name: {@code _parent} or a plain name (Canvas: {@code post_message_forwarding}). */
    private static final java.util.regex.Pattern FRAME = java.util.regex.Pattern.compile("[A-Za-z0-9_.-]{1,100}");

    public Redirect begin(Command c) {
        require(c.issuer(), "iss");
        require(c.loginHint(), "login_hint");
        require(c.targetLinkUri(), "target_link_uri");
        if (c.messageHint() != null && c.messageHint().length() > 8192)
            throw LaunchRefused.bad("lti_message_hint is too long");
        if (c.storageTarget() != null && !FRAME.matcher(c.storageTarget()).matches()) {
            throw LaunchRefused.bad("the login's lti_storage_target is not a frame name");
        }
        String state = Tokens.generate().substring(4), nonce = Tokens.generate().substring(4);
        Registration registration = jdbi.inTransaction(h -> {
            Registration r = find(registrations.byIssuer(h, c.issuer()), c);
            Instant now = clock.instant();
            states.purgeExpired(h, now);
            states.insert(
                    h, Tokens.sha256(state), Tokens.sha256(nonce), r.id(), now.plus(STATE_LIFETIME), c.storageTarget());
            return r;
        });
        Map<String, String> query = new LinkedHashMap<>();
        query.put("scope", "openid");
        query.put("response_type", "id_token");
        query.put("response_mode", "form_post");
        query.put("prompt", "none");
        query.put("client_id", registration.clientId());
        query.put("redirect_uri", c.launchUrl());
        query.put("login_hint", c.loginHint());
        if (c.messageHint() != null) query.put("lti_message_hint", c.messageHint());
        query.put("state", state);
        query.put("nonce", nonce);
        String endpoint = registration.authorizationEndpoint();
        String location = endpoint
                + (endpoint.contains("?") ? "&" : "?")
                + query.entrySet().stream()
                        .map(e -> e.getKey() + "=" + URLEncoder.encode(e.getValue(), StandardCharsets.UTF_8))
                        .collect(Collectors.joining("&"));
        return new Redirect(
                location, state, nonce, c.storageTarget(), c.storageTarget() == null ? null : origin(endpoint));
    }

    /** The scheme, host and port of a URL: the only origin the storage messages are sent to and accepted from. */
    static String origin(String url) {
        java.net.URI u = java.net.URI.create(url);
        return u.getScheme() + "://" + u.getHost() + (u.getPort() == -1 ? "" : ":" + u.getPort());
    }

    private static Registration find(List<Registration> ofIssuer, Command c) {
        if (ofIssuer.isEmpty()) {
            throw new LaunchRefused(
                    404, "LTT has no registration for the platform " + c.issuer() + ": ask LTT's admin to register it");
        }
        if (c.clientId() != null) {
            return ofIssuer.stream()
                    .filter(r -> r.clientId().equals(c.clientId()))
                    .findFirst()
                    .orElseThrow(() -> new LaunchRefused(
                            404,
                            "LTT has no registration for client_id " + c.clientId() + " of " + c.issuer()
                                    + ": ask LTT's admin to register it"));
        }
        if (ofIssuer.size() > 1) {
            throw LaunchRefused.bad("LTT is registered several times with " + c.issuer()
                    + " and the login did not say which (client_id)");
        }
        return ofIssuer.get(0);
    }

    private static void require(String value, String name) {
        if (value == null || value.isBlank()) throw LaunchRefused.bad("the login request lacks " + name);
        if (value.length() > 2048) throw LaunchRefused.bad("the login request's " + name + " is too long");
    }
}
