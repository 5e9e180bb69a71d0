package dev.ltt.lti.platforms;

import dev.ltt.error.ConflictException;
import dev.ltt.error.FieldError;
import dev.ltt.error.InvalidInputException;
import java.net.URI;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import org.jdbi.v3.core.Jdbi;

/** Registers a platform (an LMS) so that its launches are accepted: what an admin does once per platform. */
public final class RegisterPlatform {
    public static final int MAX_TEXT = 255;
    public static final int MAX_URL = 2000;
    private final Jdbi jdbi;
    private final RegistrationStore store;

    public RegisterPlatform(Jdbi jdbi, RegistrationStore store) {
        this.jdbi = jdbi;
        this.store = store;
    }

    /** The registration as given; {@code deploymentIds} and {@code tokenAudience} may be null. */
    public record Command(
            String issuer,
            String clientId,
            String authorizationEndpoint,
            String tokenEndpoint,
            String jwksUri,
            List<String> deploymentIds,
            String tokenAudience) {}

    public Registration register(Command c) {
        List<FieldError> errors = new ArrayList<>();
        text(errors, "issuer", c.issuer(), MAX_URL);
        text(errors, "client_id", c.clientId(), MAX_TEXT);
        url(errors, "authorization_endpoint", c.authorizationEndpoint());
        url(errors, "token_endpoint", c.tokenEndpoint());
        url(errors, "jwks_uri", c.jwksUri());
        if (c.tokenAudience() != null) text(errors, "token_audience", c.tokenAudience(), MAX_URL);
        List<String> deployments = c.deploymentIds() == null ? List.of() : c.deploymentIds();
        if (deployments.size() > 1000) errors.add(new FieldError("deployment_ids", "list at most 1000 deployments"));
        for (int i = 0; i < deployments.size(); i++)
            text(errors, "deployment_ids[" + i + "]", deployments.get(i), MAX_TEXT);
        if (!errors.isEmpty()) throw new InvalidInputException("the registration cannot be stored as given", errors);
        Registration wanted = new Registration(
                0,
                c.issuer(),
                c.clientId(),
                c.authorizationEndpoint(),
                c.tokenEndpoint(),
                c.jwksUri(),
                c.tokenAudience(),
                List.copyOf(new LinkedHashSet<>(deployments)),
                null);
        return jdbi.inTransaction(h -> {
            long id = store.insert(h, wanted)
                    .orElseThrow(() -> new ConflictException("a registration for issuer " + c.issuer()
                            + " and client_id " + c.clientId() + " already exists: remove it first, or use it"));
            return store.find(h, id).orElseThrow();
        });
    }

    public static void text(List<FieldError> errors, String path, String value, int max) {
        if (value == null || value.isBlank()) errors.add(new FieldError(path, path + " is required"));
        else if (value.length() > max) errors.add(new FieldError(path, path + " is limited to " + max + " characters"));
    }

    public static void url(List<FieldError> errors, String path, String value) {
        int before = errors.size();
        text(errors, path, value, MAX_URL);
        if (errors.size() > before) return;
        try {
            URI uri = new URI(value);
            if (!("https".equals(uri.getScheme()) || "http".equals(uri.getScheme())) || uri.getHost() == null) {
                errors.add(new FieldError(path, path + " must be an absolute http(s) URL"));
            }
        } catch (java.net.URISyntaxException e) {
            errors.add(new FieldError(path, path + " must be an absolute http(s) URL"));
        }
    }
}
