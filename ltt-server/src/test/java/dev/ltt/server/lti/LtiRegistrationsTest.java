package dev.ltt.server.lti;

import static dev.ltt.server.testing.TestServer.ADMIN_TOKEN;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import dev.ltt.server.testing.Http;
import dev.ltt.server.testing.TestServer;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** The admin's registrations, the tool's published keys and their rotation, and the configuration for a manual setup. */
class LtiRegistrationsTest {
    static TestServer server;

    @BeforeAll
    static void start() {
        server = TestServer.start();
    }

    @AfterAll
    static void stop() {
        server.close();
    }

    static String registration(String issuer, String client) {
        return """
                {"issuer": "%s", "client_id": "%s", "authorization_endpoint": "https://lms.example/auth",
                 "token_endpoint": "https://lms.example/token", "jwks_uri": "https://lms.example/jwks",
                 "deployment_ids": ["1", "2", "1"]}""".formatted(issuer, client);
    }

    @Test
    void a_registration_is_stored_listed_shown_refused_twice_and_removed() {
        Http http = server.http;
        Http.Response created =
                http.post("/api/v1/lti/registrations", ADMIN_TOKEN, registration("https://lms.example", "c1"));
        assertThat(created.status()).as(created.text()).isEqualTo(201);
        long id = created.json().get("id").asLong();
        assertThat(created.json().get("deployment_ids").toString()).isEqualTo("[\"1\",\"2\"]");
        assertThat(http.post("/api/v1/lti/registrations", ADMIN_TOKEN, registration("https://lms.example", "c1"))
                        .status())
                .isEqualTo(409);
        assertThat(http.post("/api/v1/lti/registrations", ADMIN_TOKEN, registration("https://lms.example", "c2"))
                        .status())
                .isEqualTo(201);
        List<String> clients = new ArrayList<>();
        http.get("/api/v1/lti/registrations", ADMIN_TOKEN)
                .json()
                .forEach(r -> clients.add(r.get("client_id").asText()));
        assertThat(clients).contains("c1", "c2");
        assertThat(http.get("/api/v1/lti/registrations/" + id, ADMIN_TOKEN)
                        .json()
                        .get("issuer")
                        .asText())
                .isEqualTo("https://lms.example");
        assertThat(http.send("DELETE", "/api/v1/lti/registrations/" + id, ADMIN_TOKEN, null)
                        .status())
                .isEqualTo(200);
        assertThat(http.get("/api/v1/lti/registrations/" + id, ADMIN_TOKEN).status())
                .isEqualTo(404);
        assertThat(http.send("DELETE", "/api/v1/lti/registrations/" + id, ADMIN_TOKEN, null)
                        .status())
                .isEqualTo(404);
    }

    @Test
    void a_bad_registration_names_every_problem_and_stores_nothing() {
        int before =
                server.http.get("/api/v1/lti/registrations", ADMIN_TOKEN).json().size();
        Http.Response r = server.http.post("/api/v1/lti/registrations", ADMIN_TOKEN, """
                {"issuer": "", "client_id": "x", "authorization_endpoint": "not a url", "token_endpoint": "ftp://x/y",
                 "jwks_uri": "https://ok.example/jwks", "deployment_ids": [""]}""");
        assertThat(r.status()).isEqualTo(422);
        List<String> paths = new ArrayList<>();
        r.json().get("errors").forEach(e -> paths.add(e.get("path").asText()));
        assertThat(paths)
                .containsExactlyInAnyOrder("issuer", "authorization_endpoint", "token_endpoint", "deployment_ids[0]");
        assertThat(server.http
                        .get("/api/v1/lti/registrations", ADMIN_TOKEN)
                        .json()
                        .size())
                .isEqualTo(before);
    }

    @Test
    void the_jwks_publishes_public_rs256_keys_with_kid_and_a_rotation_keeps_the_old_key_until_the_next() {
        JsonNode keys = server.http.get("/lti/jwks", null).json().get("keys");
        assertThat(keys).hasSize(1);
        JsonNode key = keys.get(0);
        assertThat(key.get("kty").asText()).isEqualTo("RSA");
        assertThat(key.get("alg").asText()).isEqualTo("RS256");
        assertThat(key.get("use").asText()).isEqualTo("sig");
        assertThat(key.hasNonNull("kid")).isTrue();
        for (String secret : List.of("d", "p", "q", "dp", "dq", "qi"))
            assertThat(key.has(secret)).as(secret).isFalse();
        String first = key.get("kid").asText();

        String second = server.ltt.use().lti.rotateToolKey.rotate();
        List<String> kids = kids();
        assertThat(kids).containsExactly(second, first);
        String third = server.ltt.use().lti.rotateToolKey.rotate();
        assertThat(kids()).containsExactly(third, second);
        assertThat(server.http.get("/lti/jwks", null).text()).doesNotContain("\"d\"");
    }

    @Test
    void the_configuration_names_the_tools_urls_and_has_a_canvas_form() {
        JsonNode config = server.http.get("/lti/config", null).json();
        String base = server.baseUrl();
        assertThat(config.get("oidc_login_url").asText()).isEqualTo(base + "/lti/login");
        assertThat(config.get("launch_url").asText()).isEqualTo(base + "/lti/launch");
        assertThat(config.get("jwks_url").asText()).isEqualTo(base + "/lti/jwks");
        assertThat(config.get("scopes").toString()).contains("lti-ags/scope/score");
        JsonNode canvas = server.http.get("/lti/config?format=canvas", null).json();
        assertThat(canvas.get("oidc_initiation_url").asText()).isEqualTo(base + "/lti/login");
        assertThat(canvas.get("public_jwk_url").asText()).isEqualTo(base + "/lti/jwks");
        assertThat(canvas.get("extensions").get(0).get("privacy_level").asText())
                .isEqualTo("public");
    }

    private static List<String> kids() {
        List<String> kids = new ArrayList<>();
        server.http
                .get("/lti/jwks", null)
                .json()
                .get("keys")
                .forEach(k -> kids.add(k.get("kid").asText()));
        return kids;
    }
}
