package dev.ltt.server;

import static dev.ltt.server.testing.TestServer.ADMIN_TOKEN;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.ltt.json.Json;
import dev.ltt.server.testing.Http;
import dev.ltt.server.testing.Http.Response;
import dev.ltt.server.testing.TestServer;
import dev.ltt.testing.Fixtures;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * A learner works through a whole curriculum over real HTTP with nothing but their own token: ask what is
 * ready, submit (or complete) each ready leaf, and again, until everything is closed. Submissions carry the
 * result a client would report after running the work, built from each task's own checks.
 */
class CurriculumWalkTest {
    static TestServer server;
    static Http http;

    @BeforeAll
    static void start() {
        server = TestServer.start();
        http = server.http;
    }

    @AfterAll
    static void stop() {
        server.close();
    }

    @Test
    void a_learner_walks_maji_ndogo_to_32_of_32_through_the_rest_api_alone() {
        Walk walk = walk(Fixtures.curriculum(Fixtures.MAJI_NDOGO), "ada");
        assertThat(walk.progress.get("completed").asInt()).isEqualTo(32);
        assertThat(walk.progress.get("total").asInt()).isEqualTo(32);
    }

    @Test
    void a_learner_walks_python_fundamentals_to_the_end_through_the_rest_api_alone() {
        Walk walk = walk(Fixtures.curriculum(Fixtures.PYTHON), "grace");
        assertThat(walk.progress.get("completed").asInt())
                .isEqualTo(walk.progress.get("total").asInt());
    }

    /** Runs whatever validators this build has: with the checks taken out, every leaf is judged non_empty. */
    @Test
    void a_learner_walks_maji_ndogo_without_its_sql_checks_to_32_of_32() {
        ObjectNode document = (ObjectNode) Json.parse(new String(Fixtures.curriculum(Fixtures.MAJI_NDOGO)));
        document.put("project_id", "maji-ndogo-unchecked");
        document.findParents("checks").forEach(node -> ((ObjectNode) node).remove("checks"));
        Walk walk = walk(Json.write(document).getBytes(), "linus");
        assertThat(walk.progress.get("completed").asInt()).isEqualTo(32);
        assertThat(walk.submissions).isEqualTo(walk.progress.get("total").asInt() - walk.completions);
    }

    private static Walk walk(byte[] curriculum, String learner) {
        Response ingest = http.post("/api/v1/projects", ADMIN_TOKEN, curriculum);
        assertThat(ingest.status()).isIn(200, 201);
        String slug = ingest.json().get("project_id").asText();
        assertThat(http.post("/api/v1/learners", ADMIN_TOKEN, "{\"id\": \"" + learner + "\"}")
                        .status())
                .isEqualTo(201);
        String token = http.post("/api/v1/learners/" + learner + "/tokens", ADMIN_TOKEN, "")
                .json()
                .get("token")
                .asText();
        String base = "/api/v1/learners/" + learner;

        Walk walk = new Walk();
        for (int round = 0; round < 100; round++) {
            JsonNode ready = ok(http.get(base + "/projects/" + slug + "/ready?limit=1000", token))
                    .json();
            if (ready.get("total_ready").asInt() == 0) break;
            for (JsonNode task : ready.get("tasks"))
                walk.step(base + "/tasks/" + task.get("id").asText(), token);
        }
        walk.progress =
                ok(http.get(base + "/projects/" + slug + "/progress", token)).json();
        JsonNode objectives = walk.progress.get("objectives");
        assertThat(objectives.get("total").asInt()).isPositive();
        assertThat(objectives.get("achieved").asInt())
                .isEqualTo(objectives.get("total").asInt());
        assertThat(walk.progress.get("percentage").asDouble()).isEqualTo(100.0);
        JsonNode tree =
                ok(http.get(base + "/projects/" + slug + "/tree", token)).json();
        tree.get("children")
                .forEach(epic -> assertThat(epic.get("status").asText())
                        .as(epic.get("title").asText())
                        .isEqualTo("closed"));
        return walk;
    }

    /** What a learner did on the way. */
    static final class Walk {
        int submissions;
        int completions;
        JsonNode progress;
        final List<String> log = new ArrayList<>();

        void step(String task, String token) {
            JsonNode detail = ok(http.get(task, token)).json();
            if (!detail.get("requires_submission").asBoolean()) {
                assertThat(ok(http.post(task + "/complete", token, ""))
                                .json()
                                .get("status")
                                .asText())
                        .isEqualTo("closed");
                completions++;
                return;
            }
            ObjectNode submission = Submissions.passing(detail);
            Response r = http.post(task + "/submissions", token, Json.write(submission));
            assertThat(r.status()).as(r.text()).isEqualTo(201);
            JsonNode validation = r.json().get("validation");
            String feedback = validation.get("feedback").asText();
            assertThat(validation.get("passed").asBoolean())
                    .as(detail.get("title").asText() + ": " + feedback)
                    .isTrue();
            assertThat(r.json().get("status").asText()).isEqualTo("closed");
            submissions++;
        }
    }

    static Response ok(Response r) {
        assertThat(r.status()).as(r.text()).isEqualTo(200);
        return r;
    }
}
