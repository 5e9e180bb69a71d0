package dev.ltt.lti;

import java.sql.Timestamp;
import java.time.Instant;
import java.util.Optional;
import org.jdbi.v3.core.Handle;

/** SQL for login state between /lti/login and /lti/launch: only hashes, single use, expiring. */
final class LoginStateStore {

    /** A consumed login: the nonce expected in the id_token and the registration it is for. */
    record Login(String nonceSha256, long registrationId, Instant expiresAt, String storageTarget) {}

    void insert(
            Handle h,
            String stateSha256,
            String nonceSha256,
            long registrationId,
            Instant expiresAt,
            String storageTarget) {
        h.createUpdate("""
                        INSERT INTO lti_login_states (state_sha256, nonce_sha256, registration_id, expires_at, storage_target)
                        VALUES (:state, :nonce, :reg, :expires, :target)
                        """)
                .bind("state", stateSha256)
                .bind("nonce", nonceSha256)
                .bind("reg", registrationId)
                .bind("target", storageTarget)
                .bind("expires", Timestamp.from(expiresAt))
                .execute();
    }

    /** Deletes the state and returns it: a second use of the same state finds nothing. */
    Optional<Login> consume(Handle h, String stateSha256) {
        return h.createQuery("""
                        DELETE FROM lti_login_states WHERE state_sha256 = :state
                        RETURNING nonce_sha256, registration_id, expires_at, storage_target
                        """)
                .bind("state", stateSha256)
                .map((rs, ctx) -> new Login(
                        rs.getString(1), rs.getLong(2), rs.getTimestamp(3).toInstant(), rs.getString(4)))
                .findOne();
    }

    /** Reads a state without using it: the login it belongs to, if it is still known. */
    Optional<Login> peek(Handle h, String stateSha256) {
        return h.createQuery("""
                        SELECT nonce_sha256, registration_id, expires_at, storage_target
                        FROM lti_login_states WHERE state_sha256 = :state
                        """)
                .bind("state", stateSha256)
                .map((rs, ctx) -> new Login(
                        rs.getString(1), rs.getLong(2), rs.getTimestamp(3).toInstant(), rs.getString(4)))
                .findOne();
    }

    void purgeExpired(Handle h, Instant now) {
        h.createUpdate("DELETE FROM lti_login_states WHERE expires_at < :now")
                .bind("now", Timestamp.from(now))
                .execute();
    }
}
