package dev.ltt.server;

import static dev.ltt.server.testing.TestServer.ADMIN_TOKEN;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import dev.ltt.server.testing.Http;
import dev.ltt.server.testing.Http.Response;
import dev.ltt.server.testing.TestServer;
import dev.ltt.testing.MiniCurriculum;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** The instructors' cohort views and the admins' template edit over real HTTP; each test has its own project. */
class CohortApiTest {
    static TestServer server;
    static Http http;
    static String instructor;
    static int projects;

    @BeforeAll
    static void start() {
        server = TestServer.start();
        http = server.http;
        instructor = http.post("/api/v1/instructors/tokens", ADMIN_TOKEN, "{\"name\": \"kim\"}")
                .json()
                .get("token")
                .asText();
    }

    @AfterAll
    static void stop() {
        server.close();
    }

    /** A copy of the mini curriculum under a slug of its own; returns the slug. */
    static String newProject() {
        String slug = "cohort-" + (++projects);
        String doc = new String(MiniCurriculum.document(), StandardCharsets.UTF_8)
                .replace("\"project_id\": \"mini\"", "\"project_id\": \"" + slug + "\"");
        assertThat(http.post("/api/v1/projects", ADMIN_TOKEN, doc).status()).isEqualTo(201);
        return slug;
    }

    static String id(String slug, String miniId) {
        return slug + miniId.substring(MiniCurriculum.SLUG.length());
    }

    /** Creates a learner and returns a token of theirs. */
    static String learner(String id) {
        assertThat(http.post(
                                "/api/v1/learners",
                                ADMIN_TOKEN,
                                "{\"id\": \"" + id + "\", \"name\": \"" + id.toUpperCase() + "\"}")
                        .status())
                .isEqualTo(201);
        return http.post("/api/v1/learners/" + id + "/tokens", ADMIN_TOKEN, "")
                .json()
                .get("token")
                .asText();
    }

    static Response start(String learner, String token, String task) {
        return http.post("/api/v1/learners/" + learner + "/tasks/" + task + "/start", token, "");
    }

    static Response submit(String learner, String token, String task, String content) {
        return http.post(
                "/api/v1/learners/" + learner + "/tasks/" + task + "/submissions",
                token,
                "{\"content\": \"" + content + "\"}");
    }

    static JsonNode task(JsonNode cohort, String id) {
        for (JsonNode t : cohort.get("tasks")) if (t.get("id").asText().equals(id)) return t;
        throw new AssertionError("no task " + id + " in " + cohort);
    }

    static List<Integer> counts(JsonNode task) {
        return List.of(
                task.get("open").asInt(),
                task.get("in_progress").asInt(),
                task.get("blocked").asInt(),
                task.get("closed").asInt());
    }

    @Test
    void cohort_counts_follow_what_learners_do() {
        String slug = newProject();
        String a = id(slug, MiniCurriculum.A), b = id(slug, MiniCurriculum.B);
        Response empty = http.get("/api/v1/projects/" + slug + "/cohort", instructor);
        assertThat(empty.status()).isEqualTo(200);
        assertThat(empty.json().get("totals").get("learners").asInt()).isZero();
        assertThat(counts(task(empty.json(), a))).containsExactly(0, 0, 0, 0);

        String ada = slug + "-ada", ben = slug + "-ben";
        String adaToken = learner(ada), benToken = learner(ben);
        assertThat(start(ada, adaToken, a).status()).isEqualTo(200);
        assertThat(submit(ben, benToken, a, "done").json().get("status").asText())
                .isEqualTo("closed");

        JsonNode cohort = http.get("/api/v1/projects/" + slug + "/cohort?version=1", instructor)
                .json();
        assertThat(cohort.get("project").get("project_id").asText()).isEqualTo(slug);
        assertThat(cohort.get("project").get("version").asInt()).isEqualTo(1);
        JsonNode totals = cohort.get("totals");
        assertThat(List.of(
                        totals.get("learners").asInt(),
                        totals.get("leaves").asInt(),
                        totals.get("finished").asInt()))
                .containsExactly(2, 4, 0);
        assertThat(totals.get("average_percentage").asDouble()).isEqualTo(12.5);
        assertThat(counts(task(cohort, a))).containsExactly(0, 1, 0, 1);
        assertThat(counts(task(cohort, b))).as("blocked for ada, open for ben").containsExactly(1, 0, 1, 0);
        assertThat(task(cohort, b).get("parent_id").asText()).isEqualTo(id(slug, MiniCurriculum.ALPHA_ONE));
        assertThat(task(cohort, b).get("task_type").asText()).isEqualTo("subtask");
        assertThat(task(cohort, b).get("title").asText()).isEqualTo("b-leaf");
        JsonNode first = cohort.get("learners").get(0);
        assertThat(first.get("learner_id").asText()).isEqualTo(ada);
        assertThat(first.get("name").asText()).isEqualTo(ada.toUpperCase());
        assertThat(first.get("in_progress").asInt()).isEqualTo(1);
        assertThat(first.has("enrolled_at") && first.has("last_activity_at") && first.has("percentage"))
                .isTrue();
        assertThat(cohort.get("learners").get(1).get("completed").asInt()).isEqualTo(1);
        assertThat(http.get("/api/v1/projects/" + slug + "/cohort", ADMIN_TOKEN).status())
                .isEqualTo(200);
        assertThat(http.get("/api/v1/projects/" + slug + "/cohort?version=7", instructor)
                        .status())
                .isEqualTo(404);
    }

    @Test
    void three_failed_submissions_in_a_row_show_the_learner_as_stuck() {
        String slug = newProject();
        String a = id(slug, MiniCurriculum.A);
        String cid = slug + "-cid", token = learner(cid);
        for (int i = 0; i < 3; i++) {
            assertThat(submit(cid, token, a, "  ")
                            .json()
                            .get("validation")
                            .get("passed")
                            .asBoolean())
                    .isFalse();
        }

        Response stuck = http.get("/api/v1/projects/" + slug + "/stuck", instructor);
        assertThat(stuck.status()).isEqualTo(200);
        assertThat(stuck.json().get("hours").asInt()).isEqualTo(48);
        assertThat(stuck.json().get("failures").asInt()).isEqualTo(3);
        JsonNode only = stuck.json().get("stuck").get(0);
        assertThat(stuck.json().get("stuck").size()).isEqualTo(1);
        assertThat(only.get("learner_id").asText()).isEqualTo(cid);
        assertThat(only.get("learner_name").asText()).isEqualTo(cid.toUpperCase());
        assertThat(only.get("task_id").asText()).isEqualTo(a);
        assertThat(only.get("task_title").asText()).isEqualTo("a-leaf");
        assertThat(only.get("kind").asText()).isEqualTo("failing");
        assertThat(only.get("reason").asText()).isEqualTo("failed 3 times in a row");
        assertThat(only.get("failures").asInt()).isEqualTo(3);
        assertThat(only.has("since")).isTrue();
        assertThat(http.get("/api/v1/projects/" + slug + "/stuck?failures=4", instructor)
                        .json()
                        .get("stuck")
                        .size())
                .isZero();

        submit(cid, token, a, "a real answer");
        assertThat(http.get("/api/v1/projects/" + slug + "/stuck", instructor)
                        .json()
                        .get("stuck")
                        .size())
                .isZero();
    }

    @Test
    void a_leaf_started_long_ago_with_no_submission_shows_the_learner_as_stuck() {
        String slug = newProject();
        String a = id(slug, MiniCurriculum.A);
        String dee = slug + "-dee";
        start(dee, learner(dee), a);
        server.ltt
                .database()
                .jdbi()
                .useHandle(h ->
                        h.createUpdate("""
                        UPDATE learner_task_progress SET started_at = now() - interval '3 days 2 hours',
                                                         updated_at = now() - interval '3 days 2 hours'
                        WHERE learner_id = :learner AND task_id = :task
                        """).bind("learner", dee).bind("task", a).execute());

        JsonNode stuck = http.get("/api/v1/projects/" + slug + "/stuck", instructor)
                .json()
                .get("stuck");
        assertThat(stuck.size()).isEqualTo(1);
        assertThat(stuck.get(0).get("kind").asText()).isEqualTo("idle");
        assertThat(stuck.get(0).get("reason").asText()).isEqualTo("in progress for 3 days with no submission");
        assertThat(http.get("/api/v1/projects/" + slug + "/stuck?hours=80", instructor)
                        .json()
                        .get("stuck")
                        .size())
                .isZero();
        assertThat(http.get("/api/v1/projects/" + slug + "/stuck?hours=0", instructor)
                        .status())
                .isEqualTo(400);
    }

    @Test
    void an_admin_patch_of_a_title_is_what_learners_read_next() {
        String slug = newProject();
        String a = id(slug, MiniCurriculum.A);
        String eve = slug + "-eve", token = learner(eve);
        start(eve, token, a);

        Response patched = http.patch(
                "/api/v1/tasks/" + a,
                ADMIN_TOKEN,
                "{\"title\": \"Survey the wells\", \"description\": null, \"tutor_guidance\": {\"tone\": \"warm\"}}");
        assertThat(patched.status()).isEqualTo(200);
        assertThat(patched.json().get("title").asText()).isEqualTo("Survey the wells");
        assertThat(patched.json().get("tutor_guidance").get("tone").asText()).isEqualTo("warm");
        assertThat(patched.json().get("changed"))
                .extracting(JsonNode::asText)
                .containsExactly("title", "description", "tutor_guidance");

        JsonNode shown =
                http.get("/api/v1/learners/" + eve + "/tasks/" + a, token).json();
        assertThat(shown.get("title").asText()).isEqualTo("Survey the wells");
        assertThat(shown.get("status").asText()).isEqualTo("in_progress");
        JsonNode ready = http.get("/api/v1/learners/" + eve + "/projects/" + slug + "/ready", token)
                .json();
        assertThat(ready.get("tasks").get(0).get("title").asText()).isEqualTo("Survey the wells");
        assertThat(http.get("/api/v1/projects/" + slug + "/cohort", instructor)
                        .json()
                        .get("tasks")
                        .get(3)
                        .get("title")
                        .asText())
                .isEqualTo("Survey the wells");
    }

    @Test
    void bad_patch_bodies_are_422_with_the_field_named_and_unknown_tasks_404() {
        String slug = newProject();
        String c = id(slug, MiniCurriculum.C);
        assertThat(errorPaths(http.patch("/api/v1/tasks/" + c, ADMIN_TOKEN, "{\"title\": null}")))
                .containsExactly("title");
        assertThat(errorPaths(http.patch("/api/v1/tasks/" + c, ADMIN_TOKEN, "{\"priority\": 1}")))
                .containsExactly("priority");
        assertThat(errorPaths(http.patch("/api/v1/tasks/" + c, ADMIN_TOKEN, "{\"title\": 5, \"content\": []}")))
                .containsExactlyInAnyOrder("title", "content");
        assertThat(errorPaths(http.patch("/api/v1/tasks/" + c, ADMIN_TOKEN, "{}")))
                .containsExactly("$");
        assertThat(errorPaths(http.patch("/api/v1/tasks/" + c, ADMIN_TOKEN, "{\"title\": \"a-leaf\"}")))
                .containsExactly("title");
        assertThat(http.patch("/api/v1/tasks/" + c, ADMIN_TOKEN, "{not json").status())
                .isEqualTo(400);
        assertThat(http.patch("/api/v1/tasks/" + slug + "@v1.9.9", ADMIN_TOKEN, "{\"title\": \"x\"}")
                        .status())
                .isEqualTo(404);
    }

    @Test
    void learners_may_not_read_cohort_views_or_edit_tasks_and_instructors_may_not_edit() {
        String slug = newProject();
        String fay = slug + "-fay", token = learner(fay);
        for (Response r : List.of(
                http.get("/api/v1/projects/" + slug + "/cohort", token),
                http.get("/api/v1/projects/" + slug + "/stuck", token),
                http.patch("/api/v1/tasks/" + id(slug, MiniCurriculum.A), token, "{\"title\": \"mine\"}"),
                http.patch("/api/v1/tasks/" + id(slug, MiniCurriculum.A), instructor, "{\"title\": \"mine\"}"))) {
            assertThat(r.status()).isEqualTo(403);
            assertThat(r.contentType()).startsWith("application/problem+json");
        }
        assertThat(http.get("/api/v1/projects/" + slug + "/cohort", null).status())
                .isEqualTo(401);
    }

    static List<String> errorPaths(Response response) {
        assertThat(response.status()).as(response.text()).isEqualTo(422);
        assertThat(response.contentType()).startsWith("application/problem+json");
        List<String> paths = new ArrayList<>();
        response.json().get("errors").forEach(e -> paths.add(e.get("path").asText()));
        return paths;
    }
}
