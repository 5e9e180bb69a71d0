package dev.ltt.server.metrics;

import static dev.ltt.server.testing.TestServer.ADMIN_TOKEN;
import static org.assertj.core.api.Assertions.assertThat;

import dev.ltt.server.testing.Http.Response;
import dev.ltt.server.testing.TestServer;
import dev.ltt.testing.Fixtures;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

class MetricsTest {
    private static final String LEARNER = "grace-7f3a9";
    private static final String READY = "/api/v1/learners/{learnerId}/projects/{slug}/ready";
    static TestServer server;
    static String token;
    static String taskId;

    @BeforeAll
    static void start() {
        server = TestServer.start();
        server.http.post("/api/v1/projects", ADMIN_TOKEN, Fixtures.curriculum(Fixtures.MAJI_NDOGO));
        server.http.post("/api/v1/learners", ADMIN_TOKEN, "{\"id\": \"" + LEARNER + "\"}");
        token = server.http
                .post("/api/v1/learners/" + LEARNER + "/tokens", ADMIN_TOKEN, "")
                .json()
                .get("token")
                .asText();
        String ready = "/api/v1/learners/" + LEARNER + "/projects/" + Fixtures.MAJI_NDOGO + "/ready";
        for (int i = 0; i < 3; i++)
            assertThat(server.http.get(ready, token).status()).isEqualTo(200);
        taskId = server.http
                .get(ready, token)
                .json()
                .get("tasks")
                .get(0)
                .get("id")
                .asText();
        server.http.get("/api/v1/learners/" + LEARNER + "/tasks/" + taskId, token);
        server.http.get(ready, "not-a-token-" + token);
        server.http.get("/api/v1/learners/" + LEARNER + "/nowhere/" + taskId, token);
    }

    @AfterAll
    static void stop() {
        server.close();
    }

    @Test
    void requests_are_counted_and_timed_by_method_route_template_and_status() {
        String metrics = scrape();
        assertThat(sample(
                        metrics,
                        "http_server_requests_seconds_count",
                        "method=\"GET\"",
                        "route=\"" + READY + "\"",
                        "status=\"200\""))
                .isGreaterThanOrEqualTo(4);
        assertThat(sample(metrics, "http_server_requests_seconds_count", "route=\"" + READY + "\"", "status=\"401\""))
                .isEqualTo(1);
        assertThat(sample(
                        metrics,
                        "http_server_requests_seconds_count",
                        "route=\"/api/v1/learners/{learnerId}/tasks/{taskId}\"",
                        "status=\"200\""))
                .isEqualTo(1);
        assertThat(sample(metrics, "http_server_requests_seconds_count", "route=\"unmatched\"", "status=\"404\""))
                .isEqualTo(1);
        assertThat(metrics)
                .contains(
                        "# TYPE http_server_requests_seconds histogram",
                        "http_server_requests_seconds_bucket{",
                        "http_server_requests_seconds_sum{");
    }

    @Test
    void the_connection_pool_and_the_jvm_are_measured() {
        String metrics = scrape();
        assertThat(metrics)
                .contains(
                        "hikaricp_connections_active{pool=\"ltt\"}",
                        "hikaricp_connections_max{pool=\"ltt\"}",
                        "hikaricp_connections_acquire_seconds_count{pool=\"ltt\"}");
        assertThat(metrics)
                .contains(
                        "jvm_memory_used_bytes{",
                        "jvm_threads_live_threads ",
                        "jvm_gc_",
                        "process_cpu_usage ",
                        "process_uptime_seconds ",
                        "system_cpu_count ",
                        "jvm_classes_loaded_classes ");
    }

    @Test
    void metrics_never_carry_ids_or_tokens() {
        assertThat(scrape()).doesNotContain(LEARNER, token, ADMIN_TOKEN, taskId, Fixtures.MAJI_NDOGO, "not-a-token");
    }

    @Test
    void metrics_are_prometheus_text_or_openmetrics_when_asked_and_need_no_token() throws Exception {
        Response text = server.http.get("/metrics", null);
        assertThat(text.status()).isEqualTo(200);
        assertThat(text.contentType()).isEqualTo("text/plain; version=0.0.4; charset=utf-8");
        HttpResponse<String> open = HttpClient.newHttpClient()
                .send(
                        HttpRequest.newBuilder(URI.create(server.baseUrl() + "/metrics"))
                                .header("Accept", "application/openmetrics-text; version=1.0.0")
                                .build(),
                        HttpResponse.BodyHandlers.ofString());
        assertThat(open.headers().firstValue("Content-Type").orElse("")).startsWith("application/openmetrics-text");
        assertThat(open.body()).endsWith("# EOF\n");
    }

    private static String scrape() {
        Response response = server.http.get("/metrics", null);
        assertThat(response.status()).isEqualTo(200);
        return response.text();
    }

    /** The value of the one sample of {@code name} whose labels include all of {@code labels}; 0 when none. */
    private static double sample(String metrics, String name, String... labels) {
        List<String> lines = metrics.lines()
                .filter(line -> line.startsWith(name + "{"))
                .filter(line -> Arrays.stream(labels).allMatch(line::contains))
                .toList();
        assertThat(lines).as(name + " with " + Arrays.toString(labels)).hasSizeLessThanOrEqualTo(1);
        return lines.isEmpty()
                ? 0
                : Double.parseDouble(lines.get(0).substring(lines.get(0).lastIndexOf(' ') + 1));
    }
}
