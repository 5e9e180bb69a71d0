package dev.ltt.lti.platforms;

import com.nimbusds.jose.JOSEException;
import com.nimbusds.jose.JOSEObjectType;
import com.nimbusds.jose.JWSAlgorithm;
import com.nimbusds.jose.JWSHeader;
import com.nimbusds.jose.crypto.RSASSASigner;
import com.nimbusds.jose.jwk.JWKSet;
import com.nimbusds.jose.jwk.KeyUse;
import com.nimbusds.jose.jwk.RSAKey;
import com.nimbusds.jose.jwk.gen.RSAKeyGenerator;
import com.nimbusds.jwt.JWTClaimsSet;
import com.nimbusds.jwt.SignedJWT;
import java.text.ParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.jdbi.v3.core.Handle;
import org.jdbi.v3.core.Jdbi;

/**
 * The tool's RSA keys, kept in PostgreSQL: one signs (client assertions, deep-linking responses), every key not
 * yet retired is published. The private half is read only to sign, and never returned, printed or logged.
 */
public final class ToolKeys {
    private final Jdbi jdbi;

    public ToolKeys(Jdbi jdbi) {
        this.jdbi = jdbi;
    }

    /** Makes sure a signing key exists (first start); several servers starting at once end up with one. */
    public void ensure() {
        jdbi.useTransaction(h -> {
            if (signingKid(h) == null) insertSigning(h);
        });
    }

    /** Starts signing with a new key; the previous one stays published, older ones are retired. Returns the new kid. */
    public String rotate() {
        return jdbi.inTransaction(h -> {
            h.execute("LOCK TABLE lti_tool_keys IN SHARE ROW EXCLUSIVE MODE");
            h.execute("UPDATE lti_tool_keys SET retired_at = now() WHERE NOT signing AND retired_at IS NULL");
            h.execute("UPDATE lti_tool_keys SET signing = false WHERE signing");
            return insertSigning(h);
        });
    }

    /** The published key set: public halves only, each with kid, use and alg. */
    public Map<String, Object> publicJwks() {
        List<String> keys = jdbi.withHandle(h -> h.createQuery(
                        "SELECT public_jwk FROM lti_tool_keys WHERE retired_at IS NULL ORDER BY created_at DESC")
                .mapTo(String.class)
                .list());
        List<com.nimbusds.jose.jwk.JWK> parsed = new ArrayList<>();
        for (String key : keys) parsed.add(parse(key).toPublicJWK());
        return new JWKSet(parsed).toJSONObject(true);
    }

    /** Signs the claims RS256 with the current key, its kid in the header. */
    public String sign(JWTClaimsSet claims) {
        RSAKey key = jdbi.withHandle(h -> h.createQuery("SELECT private_jwk FROM lti_tool_keys WHERE signing")
                        .mapTo(String.class)
                        .findOne())
                .map(ToolKeys::parse)
                .orElseThrow(() -> new IllegalStateException("the tool has no signing key yet"));
        try {
            SignedJWT jwt = new SignedJWT(
                    new JWSHeader.Builder(JWSAlgorithm.RS256)
                            .keyID(key.getKeyID())
                            .type(JOSEObjectType.JWT)
                            .build(),
                    claims);
            jwt.sign(new RSASSASigner(key));
            return jwt.serialize();
        } catch (JOSEException e) {
            throw new IllegalStateException("could not sign with the tool key " + key.getKeyID(), e);
        }
    }

    private static String signingKid(Handle h) {
        return h.createQuery("SELECT kid FROM lti_tool_keys WHERE signing")
                .mapTo(String.class)
                .findOne()
                .orElse(null);
    }

    private static String insertSigning(Handle h) {
        try {
            RSAKey key = new RSAKeyGenerator(2048)
                    .keyID(UUID.randomUUID().toString())
                    .keyUse(KeyUse.SIGNATURE)
                    .algorithm(JWSAlgorithm.RS256)
                    .generate();
            int inserted = h.createUpdate("""
                            INSERT INTO lti_tool_keys (kid, private_jwk, public_jwk, signing)
                            VALUES (:kid, :private, :public, true) ON CONFLICT DO NOTHING
                            """)
                    .bind("kid", key.getKeyID())
                    .bind("private", key.toJSONString())
                    .bind("public", key.toPublicJWK().toJSONString())
                    .execute();
            return inserted == 1 ? key.getKeyID() : signingKid(h);
        } catch (JOSEException e) {
            throw new IllegalStateException("could not generate the tool's RSA key", e);
        }
    }

    private static RSAKey parse(String json) {
        try {
            return RSAKey.parse(json);
        } catch (ParseException e) {
            throw new IllegalStateException("a stored tool key cannot be read", e);
        }
    }
}
