package dev.ltt.lti;

import java.sql.Timestamp;
import java.time.Duration;
import java.time.Instant;
import java.util.Optional;
import org.jdbi.v3.core.Handle;

/** SQL for deep-linking requests waiting for the picker's answer: single use, one hour, only hashes kept. */
final class DeepLinks {
    static final Duration LIFETIME = Duration.ofHours(1);

    /** A deep-linking request: where the answer goes and what must be echoed. */
    record Request(long registrationId, String deploymentId, String returnUrl, String data, Instant expiresAt) {}

    void insert(
            Handle h,
            String handleSha256,
            long registrationId,
            String deploymentId,
            String returnUrl,
            String data,
            Instant expiresAt) {
        h.createUpdate("""
                        INSERT INTO lti_deep_links (handle_sha256, registration_id, deployment_id, return_url, data, expires_at)
                        VALUES (:h, :r, :d, :url, :data, :exp)
                        """)
                .bind("h", handleSha256)
                .bind("r", registrationId)
                .bind("d", deploymentId)
                .bind("url", returnUrl)
                .bind("data", data)
                .bind("exp", Timestamp.from(expiresAt))
                .execute();
    }

    Optional<Request> consume(Handle h, String handleSha256) {
        return h.createQuery("""
                        DELETE FROM lti_deep_links WHERE handle_sha256 = :h
                        RETURNING registration_id, deployment_id, return_url, data, expires_at
                        """)
                .bind("h", handleSha256)
                .map((rs, ctx) -> new Request(
                        rs.getLong(1),
                        rs.getString(2),
                        rs.getString(3),
                        rs.getString(4),
                        rs.getTimestamp(5).toInstant()))
                .findOne();
    }
}
