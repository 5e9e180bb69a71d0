package dev.ltt.lti.platforms;

import java.time.Instant;
import java.util.List;

/**
 * A platform (LMS) LTT trusts: keyed by {@code (issuer, client_id)}, with the endpoints LTT uses and the
 * deployments launches may come from. {@code tokenAudience} is the {@code aud} of LTT's client assertion when
 * the platform wants something other than its token endpoint.
 */
public record Registration(
        long id,
        String issuer,
        String clientId,
        String authorizationEndpoint,
        String tokenEndpoint,
        String jwksUri,
        String tokenAudience,
        List<String> deploymentIds,
        Instant createdAt) {

    /** The audience of LTT's signed client assertion at the token endpoint. */
    public String assertionAudience() {
        return tokenAudience != null ? tokenAudience : tokenEndpoint;
    }
}
