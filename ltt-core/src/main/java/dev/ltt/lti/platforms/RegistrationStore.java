package dev.ltt.lti.platforms;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.jdbi.v3.core.Handle;

/** SQL for platform registrations and their deployments (tool configuration, not per learner). */
public final class RegistrationStore {
    private static final String COLUMNS = """
            id, issuer, client_id, authorization_endpoint, token_endpoint, jwks_uri, token_audience, created_at,
            coalesce((SELECT array_agg(d.deployment_id ORDER BY d.deployment_id) FROM lti_deployments d
                      WHERE d.registration_id = r.id), '{}')
            """;

    /** Inserts the registration; empty when {@code (issuer, client_id)} is taken. */
    public Optional<Long> insert(Handle h, Registration r) {
        Optional<Long> id = h.createQuery("""
                        INSERT INTO lti_registrations (issuer, client_id, authorization_endpoint, token_endpoint,
                                                       jwks_uri, token_audience)
                        VALUES (:issuer, :client, :auth, :token, :jwks, :aud)
                        ON CONFLICT (issuer, client_id) DO NOTHING RETURNING id
                        """)
                .bind("issuer", r.issuer())
                .bind("client", r.clientId())
                .bind("auth", r.authorizationEndpoint())
                .bind("token", r.tokenEndpoint())
                .bind("jwks", r.jwksUri())
                .bind("aud", r.tokenAudience())
                .mapTo(Long.class)
                .findOne();
        id.ifPresent(pk -> r.deploymentIds().forEach(d -> addDeployment(h, pk, d)));
        return id;
    }

    public void addDeployment(Handle h, long registrationId, String deploymentId) {
        h.createUpdate("""
                        INSERT INTO lti_deployments (registration_id, deployment_id) VALUES (:id, :d)
                        ON CONFLICT DO NOTHING
                        """).bind("id", registrationId).bind("d", deploymentId).execute();
    }

    public Optional<Registration> find(Handle h, long id) {
        return h.createQuery("SELECT " + COLUMNS + " FROM lti_registrations r WHERE id = :id")
                .bind("id", id)
                .map((rs, ctx) -> row(rs))
                .findOne();
    }

    /** The registrations of one issuer (several when one platform registered LTT more than once). */
    public List<Registration> byIssuer(Handle h, String issuer) {
        return h.createQuery("SELECT " + COLUMNS + " FROM lti_registrations r WHERE issuer = :issuer ORDER BY id")
                .bind("issuer", issuer)
                .map((rs, ctx) -> row(rs))
                .list();
    }

    public List<Registration> list(Handle h) {
        return h.createQuery("SELECT " + COLUMNS + " FROM lti_registrations r ORDER BY id")
                .map((rs, ctx) -> row(rs))
                .list();
    }

    public boolean delete(Handle h, long id) {
        return h.createUpdate("DELETE FROM lti_registrations WHERE id = :id")
                        .bind("id", id)
                        .execute()
                == 1;
    }

    private static Registration row(ResultSet rs) throws SQLException {
        String[] deployments = (String[]) rs.getArray(9).getArray();
        return new Registration(
                rs.getLong(1),
                rs.getString(2),
                rs.getString(3),
                rs.getString(4),
                rs.getString(5),
                rs.getString(6),
                rs.getString(7),
                new ArrayList<>(List.of(deployments)),
                rs.getTimestamp(8).toInstant());
    }
}
