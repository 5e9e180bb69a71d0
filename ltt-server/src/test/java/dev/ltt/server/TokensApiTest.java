package dev.ltt.server;

import static dev.ltt.server.testing.TestServer.ADMIN_TOKEN;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import dev.ltt.server.testing.Http;
import dev.ltt.server.testing.TestServer;
import dev.ltt.testing.MiniCurriculum;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** Listing and revoking tokens over REST: what an admin sees, what a learner may do with their own, and the cache. */
class TokensApiTest {
    static TestServer server;
    static Http http;

    @BeforeAll
    static void start() {
        server = TestServer.start();
        http = server.http;
        assertThat(http.post("/api/v1/projects", ADMIN_TOKEN, MiniCurriculum.document())
                        .status())
                .isEqualTo(201);
        for (String learner : List.of("ada", "bob")) {
            assertThat(http.post("/api/v1/learners", ADMIN_TOKEN, "{\"id\": \"" + learner + "\"}")
                            .status())
                    .isEqualTo(201);
        }
    }

    @AfterAll
    static void stop() {
        server.close();
    }

    static String issue(String learner, String body) {
        Http.Response r = http.post("/api/v1/learners/" + learner + "/tokens", ADMIN_TOKEN, body);
        assertThat(r.status()).as(r.text()).isEqualTo(201);
        return r.json().get("token").asText();
    }

    static String progress(String learner) {
        return "/api/v1/learners/" + learner + "/projects/" + MiniCurriculum.SLUG + "/progress";
    }

    static JsonNode newest(String learner) {
        return http.get("/api/v1/learners/" + learner + "/tokens", ADMIN_TOKEN)
                .json()
                .get(0);
    }

    @Test
    void the_admin_lists_every_token_with_its_id_role_holder_dates_and_last_use_but_never_the_token() {
        String token = issue("ada", "{\"valid_for_minutes\": 60}");
        String instructor = http.post("/api/v1/instructors/tokens", ADMIN_TOKEN, "{\"name\": \"ines\"}")
                .json()
                .get("token")
                .asText();
        assertThat(http.get(progress("ada"), token).status()).isEqualTo(200);

        Http.Response list = http.get("/api/v1/tokens", ADMIN_TOKEN);

        assertThat(list.status()).isEqualTo(200);
        assertThat(list.text())
                .doesNotContain(token)
                .doesNotContain(instructor)
                .doesNotContain(dev.ltt.access.Tokens.sha256(token))
                .doesNotContain("sha256");
        JsonNode ines = first(list.json(), "name", "ines");
        assertThat(ines.get("role").asText()).isEqualTo("instructor");
        assertThat(ines.get("learner_id").isNull()).isTrue();
        assertThat(ines.get("expires_at").isNull()).isTrue();
        assertThat(ines.get("last_used_at").isNull()).as("never used").isTrue();
        JsonNode ada = first(list.json(), "learner_id", "ada");
        assertThat(ada.get("role").asText()).isEqualTo("learner");
        assertThat(ada.get("created_at").asText()).isNotEmpty();
        assertThat(ada.get("expires_at").isNull()).isFalse();
        assertThat(ada.get("last_used_at").isNull()).as("used once").isFalse();
        assertThat(ada.fieldNames())
                .toIterable()
                .containsExactlyInAnyOrder(
                        "id", "role", "learner_id", "name", "created_at", "expires_at", "last_used_at");
    }

    @Test
    void issuing_a_token_answers_the_id_it_is_listed_and_revoked_by() {
        Http.Response issued = http.post("/api/v1/learners/ada/tokens", ADMIN_TOKEN, "{}");
        Http.Response instructor = http.post("/api/v1/instructors/tokens", ADMIN_TOKEN, "{\"name\": \"ida\"}");

        assertThat(issued.json().get("id").asLong())
                .isEqualTo(newest("ada").get("id").asLong());
        assertThat(first(http.get("/api/v1/tokens", ADMIN_TOKEN).json(), "name", "ida")
                        .get("id")
                        .asLong())
                .isEqualTo(instructor.json().get("id").asLong());
    }

    @Test
    void a_use_within_the_five_minute_window_does_not_rewrite_the_last_use() {
        String token = issue("ada", "{}");
        assertThat(http.get(progress("ada"), token).status()).isEqualTo(200);
        String first = newest("ada").get("last_used_at").asText();
        for (int i = 0; i < 5; i++)
            assertThat(http.get(progress("ada"), token).status()).isEqualTo(200);
        assertThat(newest("ada").get("last_used_at").asText()).isEqualTo(first);
    }

    @Test
    void a_revoked_token_is_refused_at_once_though_it_was_cached() {
        String token = issue("ada", "{}");
        for (int i = 0; i < 3; i++)
            assertThat(http.get(progress("ada"), token).status()).isEqualTo(200);
        long id = newest("ada").get("id").asLong();

        Http.Response revoked = http.send("DELETE", "/api/v1/tokens/" + id, ADMIN_TOKEN, null);

        assertThat(revoked.status()).isEqualTo(200);
        assertThat(revoked.json().get("id").asLong()).isEqualTo(id);
        assertThat(http.get(progress("ada"), token).status()).isEqualTo(401);
        assertThat(http.send("DELETE", "/api/v1/tokens/" + id, ADMIN_TOKEN, null)
                        .status())
                .isEqualTo(404);
        assertThat(http.send("DELETE", "/api/v1/tokens/not-a-number", ADMIN_TOKEN, null)
                        .status())
                .isEqualTo(400);
    }

    @Test
    void a_learner_lists_and_revokes_their_own_tokens_only() {
        String mine = issue("ada", "{}");
        String spare = issue("ada", "{}");
        String bobs = issue("bob", "{}");
        long spareId = newest("ada").get("id").asLong();
        long bobsId = newest("bob").get("id").asLong();

        Http.Response own = http.get("/api/v1/learners/ada/tokens", mine);
        assertThat(own.status()).isEqualTo(200);
        List<String> holders = new ArrayList<>();
        own.json().forEach(t -> holders.add(t.get("learner_id").asText()));
        assertThat(holders).isNotEmpty().containsOnly("ada");
        assertThat(http.get("/api/v1/learners/bob/tokens", mine).status()).isEqualTo(403);
        assertThat(http.get("/api/v1/tokens", mine).status()).isEqualTo(403);
        assertThat(http.send("DELETE", "/api/v1/tokens/" + bobsId, mine, null).status())
                .isEqualTo(403);
        assertThat(http.send("DELETE", "/api/v1/learners/ada/tokens/" + bobsId, mine, null)
                        .status())
                .as("bob's token is not one of ada's")
                .isEqualTo(404);
        assertThat(http.get(progress("bob"), bobs).status()).isEqualTo(200);

        assertThat(http.send("DELETE", "/api/v1/learners/ada/tokens/" + spareId, mine, null)
                        .status())
                .isEqualTo(200);

        assertThat(http.get(progress("ada"), spare).status()).isEqualTo(401);
        assertThat(http.get(progress("ada"), mine).status()).isEqualTo(200);
    }

    @Test
    void a_validity_out_of_range_or_not_a_whole_number_is_refused_with_its_path_not_clamped() {
        for (String bad : List.of("-1", "0", "\"x\"", "1e400", "525601", "1.5", "true", "99999999999999999999")) {
            Http.Response r =
                    http.post("/api/v1/learners/ada/tokens", ADMIN_TOKEN, "{\"valid_for_minutes\": " + bad + "}");
            assertThat(r.status()).as(bad + ": " + r.text()).isEqualTo(422);
            assertThat(r.json().get("errors").get(0).get("path").asText()).isEqualTo("valid_for_minutes");
            assertThat(r.json().get("errors").get(0).get("message").asText()).contains("1 to 525600");
        }
        assertThat(http.post("/api/v1/learners/ada/tokens", ADMIN_TOKEN, "{\"valid_for_minutes\": 1}")
                        .status())
                .isEqualTo(201);
        assertThat(http.post("/api/v1/learners/ada/tokens", ADMIN_TOKEN, "{\"valid_for_minutes\": 525600}")
                        .status())
                .isEqualTo(201);
    }

    private static JsonNode first(JsonNode list, String field, String value) {
        for (JsonNode n : list) if (value.equals(n.path(field).asText(null))) return n;
        throw new AssertionError("no token with " + field + " " + value + " in " + list);
    }
}
