package dev.ltt.server;

import static dev.ltt.server.testing.TestServer.ADMIN_TOKEN;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import dev.ltt.json.Json;
import dev.ltt.server.testing.Http;
import dev.ltt.server.testing.TestServer;
import dev.ltt.testing.InstanceRows;
import dev.ltt.testing.MiniCurriculum;
import dev.ltt.testing.TemplateFingerprint;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * What outside checks and fuzzing found at the HTTP door: ids of any spelling, bodies that are not JSON, not
 * UTF-8, not declared JSON, or hold text PostgreSQL cannot store; and every body going out as declared UTF-8.
 */
class HttpEncodingAndInputTest {
    static final String ADA = "/api/v1/learners/ada";
    static final String SUBMIT = ADA + "/tasks/" + MiniCurriculum.A + "/submissions";
    static TestServer server;
    static Http http;

    @BeforeAll
    static void start() {
        server = TestServer.start();
        http = server.http;
        assertThat(http.post("/api/v1/projects", ADMIN_TOKEN, MiniCurriculum.document())
                        .status())
                .isEqualTo(201);
        assertThat(http.post("/api/v1/learners", ADMIN_TOKEN, "{\"id\": \"ada\"}")
                        .status())
                .isEqualTo(201);
    }

    @AfterAll
    static void stop() {
        server.close();
    }

    record Raw(int status, String contentType, byte[] body) {
        JsonNode json() {
            return Json.parse(new String(body, StandardCharsets.UTF_8));
        }
    }

    static Raw send(String method, String path, String contentType, byte[] body) {
        HttpRequest.Builder b = HttpRequest.newBuilder(URI.create(server.baseUrl() + path))
                .header("Authorization", "Bearer " + ADMIN_TOKEN)
                .method(
                        method,
                        body == null
                                ? HttpRequest.BodyPublishers.noBody()
                                : HttpRequest.BodyPublishers.ofByteArray(body));
        if (contentType != null) b.header("Content-Type", contentType);
        try {
            HttpResponse<byte[]> r =
                    HttpClient.newHttpClient().send(b.build(), HttpResponse.BodyHandlers.ofByteArray());
            return new Raw(
                    r.statusCode(), r.headers().firstValue("Content-Type").orElse(""), r.body());
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    static Map<String, Object> state() {
        Map<String, Object> state = new java.util.LinkedHashMap<>(
                InstanceRows.count(server.ltt.database().jdbi()));
        state.putAll(TemplateFingerprint.of(server.ltt.database().jdbi()));
        return state;
    }

    @Test
    void an_unknown_task_is_404_whatever_its_spelling() {
        for (String id : List.of("no-such-task.9.9", "mini@v1.9.9", "NoSuchTask", "x@y@z", "mini@v1.1.1.1.")) {
            Http.Response r = http.get(ADA + "/tasks/" + id, ADMIN_TOKEN);
            assertThat(r.status()).as(id + ": " + r.text()).isEqualTo(404);
            assertThat(r.json().get("detail").asText()).contains("no task");
        }
        assertThat(http.get(ADA + "/tasks/a%20b", ADMIN_TOKEN).status())
                .as("a space is no id character")
                .isEqualTo(400);
    }

    @Test
    void a_curriculum_that_is_not_json_is_a_400_and_stores_nothing() {
        Map<String, Object> before = state();
        for (String body : List.of("not json", "{\"title\": ", "<curriculum/>", "{} {}")) {
            Raw r = send("POST", "/api/v1/projects", "application/json", body.getBytes(StandardCharsets.UTF_8));
            assertThat(r.status()).as(body).isEqualTo(400);
            assertThat(r.json().get("errors").get(0).get("path").asText()).isEqualTo("$");
        }
        assertThat(send("POST", "/api/v1/projects", "application/json", "[1]".getBytes(StandardCharsets.UTF_8))
                        .status())
                .as("JSON, but not a curriculum")
                .isEqualTo(422);
        assertThat(state()).isEqualTo(before);
    }

    @Test
    void a_body_that_is_not_declared_json_is_a_415() {
        Map<String, Object> before = state();
        byte[] body = "{\"content\": \"x\"}".getBytes(StandardCharsets.UTF_8);
        for (String type : new String[] {"text/plain", "application/x-www-form-urlencoded", "text/json", null}) {
            Raw r = send("POST", SUBMIT, type, body);
            assertThat(r.status()).as(String.valueOf(type)).isEqualTo(415);
            assertThat(r.contentType()).startsWith("application/problem+json");
            assertThat(r.json().get("detail").asText()).contains("application/json");
        }
        assertThat(send("POST", "/api/v1/projects", "text/plain", MiniCurriculum.document())
                        .status())
                .isEqualTo(415);
        assertThat(state()).isEqualTo(before);
        assertThat(send("POST", SUBMIT, "application/json; charset=utf-8", body).status())
                .isEqualTo(201);
        assertThat(send("POST", ADA + "/tasks/" + MiniCurriculum.A + "/start", null, null)
                        .status())
                .as("no body needs no content type")
                .isNotEqualTo(415);
    }

    @Test
    void invalid_utf8_in_a_body_is_a_400_and_writes_nothing() {
        Map<String, Object> before = state();
        byte[][] bad = {
            {'{', '"', 'c', 'o', 'n', 't', 'e', 'n', 't', '"', ':', '"', (byte) 0xC0, (byte) 0xAF, '"', '}'},
            {'{', '"', 'c', 'o', 'n', 't', 'e', 'n', 't', '"', ':', '"', (byte) 0xED, (byte) 0xA0, (byte) 0x80, '"', '}'
            },
            {'{', '"', 'c', 'o', 'n', 't', 'e', 'n', 't', '"', ':', '"', (byte) 0xFF, '"', '}'}
        };
        for (byte[] body : bad) {
            Raw r = send("POST", SUBMIT, "application/json", body);
            assertThat(r.status()).isEqualTo(400);
            assertThat(r.json().get("detail").asText()).contains("UTF-8");
        }
        byte[] curriculum = new String(MiniCurriculum.document(), StandardCharsets.UTF_8)
                .replace("\"Mini\"", "\"Mini@@\"")
                .replace("mini", "mini-overlong")
                .getBytes(StandardCharsets.UTF_8);
        for (int i = 0; i + 1 < curriculum.length; i++) {
            if (curriculum[i] == '@' && curriculum[i + 1] == '@') {
                curriculum[i] = (byte) 0xC0;
                curriculum[i + 1] = (byte) 0xAF;
            }
        }
        assertThat(send("POST", "/api/v1/projects", "application/json", curriculum)
                        .status())
                .isEqualTo(400);
        assertThat(state()).isEqualTo(before);
    }

    @Test
    void nul_characters_in_a_submission_are_a_422_with_the_path_and_nothing_is_written() {
        Map<String, Object> before = state();
        Map<String, String> cases = Map.of(
                "{\"content\": \"a\\u0000b\"}", "content",
                "{\"content\": \"ok\", \"result\": {\"output\": \"a\\u0000b\"}}", "result.output",
                "{\"content\": \"ok\", \"result\": [\"fine\", \"a\\u0000\"]}", "result[1]",
                "{\"content\": \"\\ud800 alone\"}", "content");
        cases.forEach((body, path) -> {
            Http.Response r = http.post(SUBMIT, ADMIN_TOKEN, body);
            assertThat(r.status()).as(body + ": " + r.text()).isEqualTo(422);
            assertThat(r.json().get("errors").findValuesAsText("path")).as(body).contains(path);
        });
        assertThat(http.post(ADA + "/tasks/" + MiniCurriculum.A + "/notes", ADMIN_TOKEN, "{\"text\": \"x\\u0000\"}")
                        .status())
                .isEqualTo(422);
        assertThat(state()).isEqualTo(before);
    }

    @Test
    void every_json_and_problem_body_is_utf8_and_says_so() {
        String name = "Zoë 李小龍 😀";
        Raw created = send(
                "POST",
                "/api/v1/learners",
                "application/json",
                Json.write(Map.of("id", "zoe", "name", name)).getBytes(StandardCharsets.UTF_8));
        assertThat(created.status()).isEqualTo(201);
        assertThat(created.contentType()).matches("(?i)application/json;\\s*charset=utf-8");
        assertThat(new String(created.body(), StandardCharsets.UTF_8)).contains(name);

        String title = "Dépendance 李 😀";
        String doc = "{\"project_id\": \"utf\", \"title\": \"U\", \"epics\": [{\"title\": \"E\", \"dependencies\": [\""
                + title + "\"]}, {\"title\": \"F\"}]}";
        Raw problem = send("POST", "/api/v1/projects", "application/json", doc.getBytes(StandardCharsets.UTF_8));
        assertThat(problem.status()).isEqualTo(422);
        assertThat(problem.contentType()).matches("(?i)application/problem\\+json;\\s*charset=utf-8");
        assertThat(new String(problem.body(), StandardCharsets.UTF_8)).contains(title);

        Raw listing = send("GET", "/api/v1/learners", null, null);
        assertThat(listing.contentType()).matches("(?i)application/json;\\s*charset=utf-8");
        assertThat(new String(listing.body(), StandardCharsets.UTF_8)).contains(name);
    }

    @Test
    void numeric_tool_arguments_that_are_not_whole_numbers_in_range_are_refused_naming_the_argument() {
        for (String bad : List.of("1e400", "2.5", "-1", "0", "\"x\"", "99999999999")) {
            Http.Response r = http.post(
                    ADA + "/tools/get_ready",
                    ADMIN_TOKEN,
                    "{\"project_id\": \"" + MiniCurriculum.SLUG + "\", \"limit\": " + bad + "}");
            assertThat(r.status()).as(bad + ": " + r.text()).isLessThan(500);
            JsonNode result = r.json().path("structured_content");
            assertThat(result.path("code").asText()).as(bad + ": " + r.text()).isEqualTo("INVALID_INPUT");
            assertThat(result.path("errors").findValuesAsText("path")).as(bad).contains("limit");
        }
    }
}
