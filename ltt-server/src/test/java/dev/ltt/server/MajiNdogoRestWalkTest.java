package dev.ltt.server;

import static dev.ltt.server.testing.TestServer.ADMIN_TOKEN;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import dev.ltt.server.testing.Http.Response;
import dev.ltt.server.testing.TestServer;
import dev.ltt.testing.Fixtures;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Maji Ndogo over the REST API with a learner's own token: each SQL leaf is submitted as nothing but its own query,
 * without a result, and LTT checks it by running it in the learner's own database; the copy, update, verify,
 * apply sequence validates step by step, the learner sees the fixes with /sql, and a reset brings back the data.
 */
class MajiNdogoRestWalkTest {
    static final String SLUG = Fixtures.MAJI_NDOGO;
    static final String WRONG = "SELECT * FROM well_pollution WHERE description LIKE 'Clean_%'";
    static TestServer server;
    static String token;
    static final String BASE = "/api/v1/learners/rita";

    @BeforeAll
    static void start() {
        server = TestServer.start();
        assertThat(server.http
                        .post("/api/v1/projects", ADMIN_TOKEN, Fixtures.curriculum(SLUG))
                        .status())
                .isEqualTo(201);
        assertThat(server.http
                        .post("/api/v1/learners", ADMIN_TOKEN, "{\"id\": \"rita\"}")
                        .status())
                .isEqualTo(201);
        token = server.http
                .post(BASE + "/tokens", ADMIN_TOKEN, "")
                .json()
                .get("token")
                .asText();
    }

    @AfterAll
    static void stop() {
        server.close();
    }

    static JsonNode sql(String query) {
        Response response = server.http.post(
                BASE + "/projects/" + SLUG + "/sql",
                token,
                "{\"query\": " + dev.ltt.json.Json.write(com.fasterxml.jackson.databind.node.TextNode.valueOf(query))
                        + "}");
        assertThat(response.status()).as(response.text()).isEqualTo(200);
        return response.json();
    }

    @Test
    void every_leaf_closes_on_its_own_query_and_the_learners_database_keeps_the_fixes_until_reset() {
        assertThat(sql(WRONG).get("row_count").asLong()).isEqualTo(38);
        List<String> titles = new ArrayList<>();
        for (int step = 0; step < 40; step++) {
            JsonNode ready = server.http
                    .get(BASE + "/projects/" + SLUG + "/ready?limit=1", token)
                    .json()
                    .get("tasks");
            if (ready.isEmpty()) break;
            String id = ready.get(0).get("id").asText();
            JsonNode checks = server.http
                    .get(BASE + "/tasks/" + id, token)
                    .json()
                    .path("extra")
                    .get("checks");
            StringBuilder content = new StringBuilder();
            if (checks == null) content.append("I have read it and I am ready.");
            else checks.forEach(c -> content.append(c.get("query").asText()).append(";\n"));
            String body = dev.ltt.json.Json.write(dev.ltt.json.Json.object()
                    .put("content", content.toString())
                    .put("submission_type", checks == null ? "text" : "sql"));
            Response submitted = server.http.post(BASE + "/tasks/" + id + "/submissions", token, body);
            assertThat(submitted.status()).as(submitted.text()).isEqualTo(201);
            assertThat(submitted.json().at("/validation/passed").asBoolean())
                    .as(id + ": " + submitted.text())
                    .isTrue();
            titles.add(id);
        }
        assertThat(titles).hasSize(32);
        assertThat(server.http
                        .get(BASE + "/projects/" + SLUG + "/progress", token)
                        .json()
                        .get("completed")
                        .asInt())
                .isEqualTo(32);

        assertThat(sql(WRONG).get("row_count").asLong()).isZero();
        JsonNode database =
                server.http.get(BASE + "/projects/" + SLUG + "/database", token).json();
        assertThat(database.get("changed").asBoolean()).isTrue();
        assertThat(database.get("version").asLong()).as("copy, update, apply").isEqualTo(3);

        Response refused =
                server.http.post(BASE + "/projects/" + SLUG + "/sql", token, "{\"query\": \"DELETE FROM visits\"}");
        assertThat(refused.status()).isEqualTo(422);
        assertThat(refused.json().at("/errors/0/path").asText()).isEqualTo("query");
        assertThat(refused.json().at("/errors/0/message").asText()).contains("Run only reads your database");

        Response reset = server.http.post(BASE + "/projects/" + SLUG + "/database/reset", token, "");
        assertThat(reset.status()).isEqualTo(200);
        assertThat(reset.json().get("had_copy").asBoolean()).isTrue();
        assertThat(sql(WRONG).get("row_count").asLong()).isEqualTo(38);
        assertThat(server.http
                        .get(BASE + "/projects/" + SLUG + "/progress", token)
                        .json()
                        .get("completed")
                        .asInt())
                .as("a reset keeps the learner's progress")
                .isEqualTo(32);
    }
}
