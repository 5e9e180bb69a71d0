package dev.ltt.server;

import static dev.ltt.server.testing.TestServer.ADMIN_TOKEN;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import dev.ltt.json.Json;
import dev.ltt.server.testing.Http.Response;
import dev.ltt.server.testing.TestServer;
import dev.ltt.testing.Fixtures;
import dev.ltt.testing.InstanceRows;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.Socket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.function.Supplier;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Bad input over real HTTP: every refusal is problem+json with the right status, and changes nothing.
 * The learner ada has started one task first, so there is state that a slip would disturb.
 */
class HttpBadInputTest {
    static TestServer server;
    static String token;
    static String task;
    static final String ADA = "/api/v1/learners/ada";

    @BeforeAll
    static void start() {
        server = TestServer.start();
        assertThat(server.http
                        .post("/api/v1/projects", ADMIN_TOKEN, Fixtures.curriculum(Fixtures.PYTHON))
                        .status())
                .isEqualTo(201);
        assertThat(server.http
                        .post("/api/v1/learners", ADMIN_TOKEN, "{\"id\": \"ada\"}")
                        .status())
                .isEqualTo(201);
        token = server.http
                .post(ADA + "/tokens", ADMIN_TOKEN, "")
                .json()
                .get("token")
                .asText();
        task = server.http
                .get(ADA + "/projects/python-fundamentals/ready", token)
                .json()
                .get("tasks")
                .get(0)
                .get("id")
                .asText();
        assertThat(server.http
                        .post(ADA + "/tasks/" + task + "/start", token, "")
                        .status())
                .isEqualTo(200);
    }

    @AfterAll
    static void stop() {
        server.close();
    }

    @Test
    void malformed_json_is_a_400_naming_the_problem() {
        JsonNode problem =
                refused(400, () -> server.http.post(ADA + "/tasks/" + task + "/submissions", token, "{\"content\": "));
        assertThat(problem.get("detail").asText()).contains("not valid JSON");
        refused(400, () -> server.http.post(ADA + "/tasks/" + task + "/submissions", token, "[\"content\"]"));
        refused(400, () -> server.http.post("/api/v1/learners", ADMIN_TOKEN, "{\"id\": \"x\"} trailing"));
    }

    @Test
    void wrong_types_are_a_422_listing_every_field_by_path() {
        JsonNode problem =
                refused(422, () -> server.http.post("/api/v1/learners", ADMIN_TOKEN, "{\"id\": 7, \"name\": true}"));
        assertThat(paths(problem)).containsExactlyInAnyOrder("id", "name");
        problem = refused(
                422,
                () -> server.http.post(
                        ADA + "/tasks/" + task + "/submissions",
                        token,
                        "{\"content\": 42, \"submission_type\": [\"sql\"]}"));
        assertThat(paths(problem)).containsExactlyInAnyOrder("content", "submission_type");
        assertThat(paths(refused(422, () -> server.http.post(ADA + "/tasks/" + task + "/submissions", token, "{}"))))
                .containsExactly("content");
        assertThat(paths(refused(
                        422,
                        () -> server.http.post(
                                ADA + "/tasks/" + task + "/reopen", token, "{\"reason\": {\"why\": 1}}"))))
                .containsExactly("reason");
    }

    @Test
    void unknown_fields_are_a_422_naming_them() {
        JsonNode problem = refused(
                422,
                () -> server.http.post(
                        ADA + "/tasks/" + task + "/submissions",
                        token,
                        "{\"content\": \"print(1)\", \"grade\": 1, \"passed\": true}"));
        assertThat(paths(problem)).containsExactlyInAnyOrder("grade", "passed");
        assertThat(paths(refused(
                        422, () -> server.http.post(ADA + "/tasks/" + task + "/start", token, "{\"force\": true}"))))
                .containsExactly("force");
    }

    @Test
    void oversized_bodies_are_a_413() {
        String content = "x".repeat(1024 * 1024);
        refused(
                413,
                () -> server.http.post(
                        ADA + "/tasks/" + task + "/submissions", token, "{\"content\": \"" + content + "\"}"));
        refused(
                413,
                () -> chunked(
                        ADA + "/tasks/" + task + "/submissions",
                        token,
                        ("{\"content\": \"" + content + "\"}").getBytes(StandardCharsets.UTF_8)));
        byte[] curriculum = new byte[17 * 1024 * 1024];
        Arrays.fill(curriculum, (byte) ' ');
        curriculum[0] = '{';
        curriculum[curriculum.length - 1] = '}';
        int projectsBefore =
                server.http.get("/api/v1/projects", ADMIN_TOKEN).json().size();
        refused(413, () -> server.http.post("/api/v1/projects", ADMIN_TOKEN, curriculum));
        assertThat(server.http.get("/api/v1/projects", ADMIN_TOKEN).json().size())
                .isEqualTo(projectsBefore);
    }

    @Test
    void path_traversal_in_ids_is_refused_before_any_use_case_runs() {
        for (String path : List.of(
                "/api/v1/learners/..%2F..%2Fetc/tasks/x/start",
                ADA + "/tasks/..%2Fadmin/start",
                ADA + "/tasks/..%2F..%2F..%2Fetc%2Fpasswd/start",
                "/api/v1/learners/%2e%2e/tasks/" + task + "/start",
                "/api/v1/learners/ada%5C..%5Cgrace/tasks/" + task + "/start",
                ADA + "/tasks/" + task + "%00/start")) {
            refused(400, () -> server.http.post(path, ADMIN_TOKEN, "{}"));
        }
        refused(400, () -> server.http.get(ADA + "/tasks/..%2Fadmin", ADMIN_TOKEN));
        refused(404, () -> server.http.get("/api/v1/learners/%2e%2e/%2e%2e/tasks/x", ADMIN_TOKEN));
        refused(404, () -> server.http.get("/api/v1/%2e%2e/%2e%2e/etc/passwd", ADMIN_TOKEN));
    }

    @Test
    void ids_with_spaces_quotes_or_broken_encoding_are_refused() {
        for (String path : List.of(
                "/api/v1/learners/a%20da/tasks/" + task + "/start",
                "/api/v1/learners/ada%22/tasks/" + task + "/start",
                ADA + "/tasks/" + task + "%27%20OR%201=1/start",
                "/api/v1/learners/%27%3B%20DROP%20TABLE%20learners%3B--/tasks/" + task + "/start")) {
            refused(400, () -> server.http.post(path, ADMIN_TOKEN, "{}"));
        }
        // Jetty refuses these before Javalin sees them; they are problem+json all the same.
        for (String path : List.of(
                "/api/v1/learners/a da/tasks/" + task + "/start",
                ADA + "/tasks/a\"b/start",
                ADA + "/tasks/%ZZ/start",
                "/api/v1/learners/..;/tasks/x/start")) {
            refused(
                    400,
                    () -> raw("POST " + path + " HTTP/1.1\r\nHost: localhost\r\nAuthorization: Bearer " + ADMIN_TOKEN
                            + "\r\nContent-Length: 2\r\nConnection: close\r\n\r\n{}"));
        }
    }

    @Test
    void ids_that_are_well_formed_but_unknown_are_a_404() {
        refused(404, () -> server.http.post("/api/v1/learners/nobody/tasks/" + task + "/start", ADMIN_TOKEN, ""));
        refused(404, () -> server.http.post(ADA + "/tasks/python-fundamentals@v1.9.9/start", token, ""));
        refused(
                404,
                () -> server.http.post(ADA + "/tasks/no-such-project@v1.1/submissions", token, "{\"content\": \"x\"}"));
    }

    /** Sends the request and checks it was refused as problem+json with {@code status}, with no state changed. */
    static JsonNode refused(int status, Supplier<Response> request) {
        Map<String, Long> before = InstanceRows.count(server.ltt.database().jdbi());
        Response r = request.get();
        assertThat(r.status()).as(r.text()).isEqualTo(status);
        assertThat(r.contentType()).startsWith("application/problem+json");
        assertThat(r.json().get("status").asInt()).isEqualTo(status);
        assertThat(r.json().get("detail").asText()).isNotBlank();
        assertThat(InstanceRows.count(server.ltt.database().jdbi())).isEqualTo(before);
        return r.json();
    }

    static List<String> paths(JsonNode problem) {
        return problem.get("errors").findValuesAsText("path");
    }

    /** A body sent without Content-Length, so the size is only known by reading it. */
    static Response chunked(String path, String token, byte[] body) {
        HttpRequest request = HttpRequest.newBuilder(URI.create(server.baseUrl() + path))
                .header("Authorization", "Bearer " + token)
                .header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofInputStream(() -> new ByteArrayInputStream(body)))
                .build();
        try {
            HttpResponse<String> r = HttpClient.newHttpClient().send(request, HttpResponse.BodyHandlers.ofString());
            String type = r.headers().firstValue("Content-Type").orElse("");
            return new Response(r.statusCode(), type, r.body(), Json.parse(r.body()));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    /** A request written byte for byte, for what no HTTP client library would send. */
    static Response raw(String request) {
        try (Socket socket = new Socket("127.0.0.1", server.server.port())) {
            socket.getOutputStream().write(request.getBytes(StandardCharsets.ISO_8859_1));
            String text = new String(socket.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
            int status = Integer.parseInt(text.substring(9, 12));
            String head = text.substring(0, text.indexOf("\r\n\r\n"));
            String type = head.lines()
                    .filter(l -> l.regionMatches(true, 0, "Content-Type:", 0, 13))
                    .map(l -> l.substring(13).strip())
                    .findFirst()
                    .orElse("");
            String body = text.substring(text.indexOf("\r\n\r\n") + 4);
            return new Response(status, type, body, Json.parse(body));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
