package dev.ltt.server;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import com.fasterxml.jackson.databind.JsonNode;
import dev.ltt.Ltt;
import dev.ltt.json.Json;
import dev.ltt.server.testing.TestServer;
import dev.ltt.testing.ServingDatabase;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The server over a real embedded PostgreSQL that stops answering (every process of it frozen with SIGSTOP):
 * every request answers 503 problem+json within 5 s, {@code /health} says 503 each time, nothing hangs, and
 * once PostgreSQL is back service resumes by itself, without a restart.
 */
class DatabaseOutageTest {
    private static final Duration WITHIN = Duration.ofSeconds(5);
    private final HttpClient client =
            HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();

    @TempDir
    Path dir;

    @Test
    void while_postgresql_is_frozen_every_request_answers_503_within_5_s_and_service_resumes_by_itself()
            throws Exception {
        try (Ltt ltt = new Ltt(ServingDatabase.open(dir), TestServer.ADMIN_TOKEN)) {
            LttServer server = LttServer.create(ltt, List.of()).start("127.0.0.1", 0);
            String base = "http://127.0.0.1:" + server.port();
            try {
                assertThat(send(base, "POST", "/api/v1/learners", "{\"id\": \"ada\"}")
                                .statusCode())
                        .isEqualTo(201);
                assertThat(send(base, "GET", "/health", null).statusCode()).isEqualTo(200);

                ServingDatabase.signal(dir, "STOP");
                try {
                    assertUnavailable(send(base, "GET", "/health", null), false);
                    assertUnavailable(send(base, "GET", "/api/v1/learners", null), true);
                    assertUnavailable(send(base, "POST", "/api/v1/learners", "{\"id\": \"bea\"}"), true);
                    assertUnavailable(send(base, "GET", "/health", null), false); // every time, not only the first
                } finally {
                    ServingDatabase.signal(dir, "CONT");
                }

                await().atMost(Duration.ofSeconds(20))
                        .pollInterval(Duration.ofMillis(200))
                        .until(() -> send(base, "GET", "/health", null).statusCode() == 200);
                assertThat(send(base, "POST", "/api/v1/learners", "{\"id\": \"bea\"}")
                                .statusCode())
                        .as("nothing was half-written while it was down")
                        .isEqualTo(201);
                JsonNode learners =
                        Json.parse(send(base, "GET", "/api/v1/learners", null).body());
                assertThat(learners.toString()).contains("\"ada\"", "\"bea\"");
            } finally {
                server.stop();
            }
        }
    }

    private static void assertUnavailable(Timed answer, boolean problem) {
        assertThat(answer.took()).as(answer.path() + " answered in time").isLessThan(WITHIN);
        assertThat(answer.statusCode()).as(answer.path() + ": " + answer.body()).isEqualTo(503);
        if (problem) {
            assertThat(answer.contentType()).startsWith("application/problem+json");
            assertThat(Json.parse(answer.body()).get("code").asText()).isEqualTo("UNAVAILABLE");
        }
    }

    record Timed(String path, int statusCode, String contentType, String body, Duration took) {}

    private Timed send(String base, String method, String path, String body) throws Exception {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(base + path))
                .timeout(Duration.ofSeconds(20))
                .header("Authorization", "Bearer " + TestServer.ADMIN_TOKEN)
                .header("Content-Type", "application/json")
                .method(
                        method,
                        body == null ? HttpRequest.BodyPublishers.noBody() : HttpRequest.BodyPublishers.ofString(body));
        long began = System.nanoTime();
        HttpResponse<String> response = client.send(request.build(), HttpResponse.BodyHandlers.ofString());
        return new Timed(
                method + " " + path,
                response.statusCode(),
                response.headers().firstValue("Content-Type").orElse(""),
                response.body(),
                Duration.ofNanos(System.nanoTime() - began));
    }
}
