package dev.ltt.lti;

import dev.ltt.access.Tokens;
import java.util.Optional;
import org.jdbi.v3.core.Handle;

/**
 * Platform users as learners. The learner id is derived from {@code (issuer, sub)} ({@code lti-} and 26 base32
 * characters of their SHA-256), so one pair is one learner on every server without a lookup table keyed by
 * anything but {@code learner_id}; the identity row records the pair.
 */
public final class Identities {
    private static final String ALPHABET = "abcdefghijklmnopqrstuvwxyz234567";

    /** A learner's platform identity. */
    public record Identity(String learnerId, String issuer, String sub) {}

    public static String learnerId(String issuer, String sub) {
        byte[] hash = java.util.HexFormat.of().parseHex(Tokens.sha256(issuer + "\n" + sub));
        StringBuilder id = new StringBuilder("lti-");
        int buffer = 0, bits = 0;
        for (int i = 0; i < 17 && id.length() < 30; i++) {
            buffer = (buffer << 8) | (hash[i] & 0xff);
            bits += 8;
            while (bits >= 5 && id.length() < 30) {
                id.append(ALPHABET.charAt((buffer >> (bits - 5)) & 31));
                bits -= 5;
            }
        }
        return id.toString();
    }

    /** Creates the learner on first launch; later launches update name and email when the platform sends them. */
    public void upsertLearner(Handle h, String learnerId, String name, String email) {
        h.createUpdate("""
                        INSERT INTO learners (learner_id, name, email) VALUES (:id, :name, :email)
                        ON CONFLICT (learner_id) DO UPDATE SET name = coalesce(excluded.name, learners.name),
                            email = coalesce(excluded.email, learners.email)
                        """)
                .bind("id", learnerId)
                .bind("name", name)
                .bind("email", email)
                .execute();
    }

    public void insert(Handle h, String learnerId, String issuer, String sub, long registrationId) {
        h.createUpdate("""
                        INSERT INTO lti_identities (learner_id, issuer, sub, registration_id)
                        VALUES (:id, :issuer, :sub, :reg) ON CONFLICT (learner_id) DO NOTHING
                        """)
                .bind("id", learnerId)
                .bind("issuer", issuer)
                .bind("sub", sub)
                .bind("reg", registrationId)
                .execute();
    }

    public Optional<Identity> find(Handle h, String issuer, String sub) {
        return h.createQuery("""
                        SELECT learner_id, issuer, sub FROM lti_identities
                        WHERE learner_id = :id AND issuer = :issuer AND sub = :sub
                        """)
                .bind("id", learnerId(issuer, sub))
                .bind("issuer", issuer)
                .bind("sub", sub)
                .map((rs, ctx) -> new Identity(rs.getString(1), rs.getString(2), rs.getString(3)))
                .findOne();
    }
}
