package dev.ltt.lti;

import com.nimbusds.jose.JOSEException;
import com.nimbusds.jose.JWSAlgorithm;
import com.nimbusds.jose.crypto.RSASSAVerifier;
import com.nimbusds.jose.jwk.RSAKey;
import com.nimbusds.jwt.JWT;
import com.nimbusds.jwt.JWTClaimsSet;
import com.nimbusds.jwt.JWTParser;
import com.nimbusds.jwt.SignedJWT;
import dev.ltt.access.Tokens;
import dev.ltt.lti.platforms.PlatformKeys;
import dev.ltt.lti.platforms.Registration;
import java.text.ParseException;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Date;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The id_token checks of behaviour section 11, in the order of the Security Framework: RS256 signature by the
 * registration's key chosen by kid, then issuer, audience (and azp), times with 60 s of leeway, the nonce of this
 * login, then the LTI claims. Each failure names what was wrong; none says more than the platform already knows.
 */
final class IdTokenVerifier {
    static final Duration LEEWAY = Duration.ofSeconds(60);
    static final int MAX_TOKEN = 64 * 1024;
    private static final String LTI = "https://purl.imsglobal.org/spec/lti/claim/";
    private static final String AGS = "https://purl.imsglobal.org/spec/lti-ags/claim/endpoint";
    private static final String NRPS = "https://purl.imsglobal.org/spec/lti-nrps/claim/namesroleservice";
    private static final String DL = "https://purl.imsglobal.org/spec/lti-dl/claim/deep_linking_settings";
    private final PlatformKeys keys;

    IdTokenVerifier(PlatformKeys keys) {
        this.keys = keys;
    }

    LaunchClaims verify(Registration registration, String idToken, String nonceSha256, Instant now) {
        if (idToken == null || idToken.isBlank()) throw LaunchRefused.bad("the launch carries no id_token");
        if (idToken.length() > MAX_TOKEN) throw LaunchRefused.bad("the id_token is too large");
        JWTClaimsSet claims = verifiedClaims(registration, idToken);
        checkStandardClaims(registration, claims, nonceSha256, now);
        return ltiClaims(registration, claims);
    }

    private JWTClaimsSet verifiedClaims(Registration registration, String idToken) {
        JWT jwt;
        try {
            jwt = JWTParser.parse(idToken);
        } catch (ParseException e) {
            throw LaunchRefused.bad("the id_token is not a JWT");
        }
        if (!(jwt instanceof SignedJWT signed)) throw LaunchRefused.untrusted("the id_token is not signed");
        if (!JWSAlgorithm.RS256.equals(signed.getHeader().getAlgorithm())) {
            throw LaunchRefused.untrusted(
                    "the id_token is signed with " + signed.getHeader().getAlgorithm() + "; LTI requires RS256");
        }
        String kid = signed.getHeader().getKeyID();
        if (kid == null || kid.isBlank()) throw LaunchRefused.untrusted("the id_token's header names no key (kid)");
        RSAKey key = keys.key(registration.jwksUri(), kid)
                .orElseThrow(() -> LaunchRefused.untrusted(
                        "the id_token is signed with a key (kid " + kid + ") the platform does not publish"));
        try {
            if (!signed.verify(new RSASSAVerifier(key))) {
                throw LaunchRefused.untrusted("the id_token's signature does not verify with the platform's key");
            }
            return signed.getJWTClaimsSet();
        } catch (JOSEException e) {
            throw LaunchRefused.untrusted("the id_token's signature cannot be checked with the platform's key");
        } catch (ParseException e) {
            throw LaunchRefused.bad("the id_token's claims are not a JSON object");
        }
    }

    private static void checkStandardClaims(
            Registration registration, JWTClaimsSet claims, String nonceSha256, Instant now) {
        if (!registration.issuer().equals(claims.getIssuer())) {
            throw LaunchRefused.untrusted("the id_token's issuer is not the registered platform");
        }
        List<String> audience = claims.getAudience();
        if (audience == null || !audience.contains(registration.clientId())) {
            throw LaunchRefused.untrusted("the id_token is not addressed to LTT's client_id");
        }
        if (audience.size() > 1 && !registration.clientId().equals(string(claims, "azp"))) {
            throw LaunchRefused.untrusted("the id_token has several audiences and its azp is not LTT's client_id");
        }
        Date exp = claims.getExpirationTime(), iat = claims.getIssueTime();
        if (exp == null || iat == null) throw LaunchRefused.bad("the id_token lacks exp or iat");
        if (now.isAfter(exp.toInstant().plus(LEEWAY))) throw LaunchRefused.untrusted("the id_token has expired");
        if (iat.toInstant().isAfter(now.plus(LEEWAY)))
            throw LaunchRefused.untrusted("the id_token is issued in the future");
        String nonce = string(claims, "nonce");
        if (nonce == null || nonce.isEmpty()) throw LaunchRefused.bad("the id_token carries no nonce");
        if (!Tokens.constantTimeEquals(Tokens.sha256(nonce), nonceSha256)) {
            throw LaunchRefused.untrusted("the id_token's nonce is not the one of this login (a replayed launch?)");
        }
    }

    private static LaunchClaims ltiClaims(Registration registration, JWTClaimsSet c) {
        if (!"1.3.0".equals(string(c, LTI + "version"))) throw LaunchRefused.bad("the launch is not LTI version 1.3.0");
        String type = string(c, LTI + "message_type");
        if (type == null) throw LaunchRefused.bad("the launch has no message_type");
        if (!type.equals(LaunchClaims.RESOURCE_LINK) && !type.equals(LaunchClaims.DEEP_LINKING)) {
            throw LaunchRefused.bad("LTT does not handle launches of type " + type);
        }
        String deployment = string(c, LTI + "deployment_id");
        if (deployment == null || deployment.isEmpty()) throw LaunchRefused.bad("the launch has no deployment_id");
        if (!registration.deploymentIds().contains(deployment)) {
            throw LaunchRefused.untrusted(
                    "the launch comes from deployment " + deployment + ", which is not registered "
                            + "with LTT: ask LTT's admin to add it to the platform's registration");
        }
        String sub = c.getSubject();
        if (sub == null || sub.isEmpty()) throw LaunchRefused.bad("the launch names no user (sub)");
        if (sub.length() > 255) throw LaunchRefused.bad("the launch's sub is longer than 255 characters");
        Object roles = c.getClaim(LTI + "roles");
        if (!(roles instanceof List<?> list)) throw LaunchRefused.bad("the launch has no roles claim");
        List<String> roleNames = new ArrayList<>();
        for (Object role : list) if (role instanceof String s) roleNames.add(s);
        Map<String, Object> link = object(c, LTI + "resource_link");
        String linkId = link == null ? null : text(link.get("id"));
        if (type.equals(LaunchClaims.RESOURCE_LINK) && (linkId == null || linkId.isEmpty())) {
            throw LaunchRefused.bad("the resource-link launch has no resource_link.id");
        }
        Map<String, String> custom = new LinkedHashMap<>();
        Map<String, Object> rawCustom = object(c, LTI + "custom");
        if (rawCustom != null)
            rawCustom.forEach((k, v) -> {
                if (text(v) != null) custom.put(k, text(v));
            });
        Map<String, Object> context = object(c, LTI + "context");
        Map<String, Object> ags = object(c, AGS);
        List<String> scopes = new ArrayList<>();
        if (ags != null && ags.get("scope") instanceof List<?> s) s.forEach(x -> scopes.add(String.valueOf(x)));
        Map<String, Object> nrps = object(c, NRPS);
        Map<String, Object> dl = object(c, DL);
        return new LaunchClaims(
                c.getIssuer(),
                sub,
                type,
                deployment,
                roleNames,
                linkId,
                link == null ? null : text(link.get("title")),
                custom,
                string(c, "name"),
                string(c, "email"),
                context == null ? null : text(context.get("id")),
                ags == null ? null : text(ags.get("lineitem")),
                ags == null ? null : text(ags.get("lineitems")),
                scopes,
                nrps == null ? null : text(nrps.get("context_memberships_url")),
                dl == null ? null : text(dl.get("deep_link_return_url")),
                dl == null ? null : text(dl.get("data")));
    }

    private static String string(JWTClaimsSet c, String name) {
        return text(c.getClaim(name));
    }

    private static String text(Object value) {
        return value instanceof String s ? s : null;
    }

    @SuppressWarnings("unchecked")
    private static Map<String, Object> object(JWTClaimsSet c, String name) {
        return c.getClaim(name) instanceof Map<?, ?> m ? (Map<String, Object>) m : null;
    }
}
