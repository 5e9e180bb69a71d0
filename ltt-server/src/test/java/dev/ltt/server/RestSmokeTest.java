package dev.ltt.server;

import static dev.ltt.server.testing.TestServer.ADMIN_TOKEN;
import static org.assertj.core.api.Assertions.assertThat;

import dev.ltt.server.testing.Http.Response;
import dev.ltt.server.testing.TestServer;
import dev.ltt.testing.Fixtures;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

class RestSmokeTest {
    static TestServer server;

    @BeforeAll
    static void start() {
        server = TestServer.start();
    }

    @AfterAll
    static void stop() {
        server.close();
    }

    @Test
    void an_admin_ingests_creates_a_learner_issues_a_token_and_the_learner_starts_the_first_task() {
        Response ingest = server.http.post("/api/v1/projects", ADMIN_TOKEN, Fixtures.curriculum(Fixtures.MAJI_NDOGO));
        assertThat(ingest.status()).isEqualTo(201);
        assertThat(ingest.json().get("leaf_count").asInt()).isEqualTo(32);
        assertThat(server.http
                        .post("/api/v1/learners", ADMIN_TOKEN, "{\"id\": \"ada\"}")
                        .status())
                .isEqualTo(201);
        String token = server.http
                .post("/api/v1/learners/ada/tokens", ADMIN_TOKEN, "")
                .json()
                .get("token")
                .asText();

        Response ready = server.http.get("/api/v1/learners/ada/projects/maji-ndogo-part1-v3/ready", token);
        assertThat(ready.status()).isEqualTo(200);
        String first = ready.json().get("tasks").get(0).get("id").asText();
        assertThat(server.http
                        .post("/api/v1/learners/ada/tasks/" + first + "/start", token, "")
                        .json()
                        .get("status")
                        .asText())
                .isEqualTo("in_progress");
    }

    @Test
    void errors_are_problem_json_with_the_right_status() {
        Response noToken = server.http.get("/api/v1/projects", null);
        assertThat(noToken.status()).isEqualTo(401);
        assertThat(noToken.contentType()).startsWith("application/problem+json");
        assertThat(server.http.get("/api/v1/nowhere", ADMIN_TOKEN).status()).isEqualTo(404);
        Response malformed = server.http.post("/api/v1/learners", ADMIN_TOKEN, "{not json");
        assertThat(malformed.status()).isEqualTo(400);
        assertThat(malformed.json().get("detail").asText()).contains("not valid JSON");
        Response unknownField = server.http.post("/api/v1/learners", ADMIN_TOKEN, "{\"idd\": \"x\"}");
        assertThat(unknownField.status()).isEqualTo(422);
        assertThat(unknownField.json().get("errors").get(0).get("path").asText())
                .isEqualTo("idd");
        assertThat(server.http.get("/health", null).json().get("status").asText())
                .isEqualTo("ok");
    }
}
