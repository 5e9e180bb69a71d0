package dev.ltt.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import dev.ltt.json.Json;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.time.Duration;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code ltt serve} as it runs for real: a child JVM on a temporary data dir, stopped with SIGTERM and
 * started again, once plain and twice with {@code --demo}.
 */
class ServeCommandTest {
    private static final Duration START = Duration.ofSeconds(120);
    private static final Duration STOP = Duration.ofSeconds(60);
    private static final Pattern URL = Pattern.compile("LTT is serving (http://127\\.0\\.0\\.1:\\d+) ");
    private static final String TASK = "python-fundamentals@v1.1.1.1";
    private final HttpClient http = HttpClient.newHttpClient();

    @TempDir
    Path work;

    @Test
    void a_restart_after_sigterm_finds_every_committed_write_and_the_demo_is_idempotent() throws Exception {
        Path data = work.resolve("data");
        String admin;
        try (ChildJvm serve = ChildJvm.start(work, Main.class, "serve", "--port", "0", "--data-dir", data.toString())) {
            String url = url(serve);
            Path tokenFile = data.resolve("admin-token");
            assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(tokenFile)))
                    .isEqualTo("rw-------");
            admin = Files.readString(tokenFile).strip();
            assertThat(serve.stderr()).doesNotContain(admin);

            String curriculum = new String(Demo.bundled("python-fundamentals"), StandardCharsets.UTF_8);
            assertThat(post(url + "/api/v1/projects", admin, curriculum).statusCode())
                    .isEqualTo(201);
            assertThat(post(url + "/api/v1/learners", admin, "{\"id\": \"ada\"}")
                            .statusCode())
                    .isEqualTo(201);
            assertThat(post(url + "/api/v1/learners/ada/tasks/" + TASK + "/start", admin, "")
                            .statusCode())
                    .isEqualTo(200);
            assertThat(post(
                                    url + "/api/v1/learners/ada/tasks/" + TASK + "/notes",
                                    admin,
                                    "{\"text\": \"print is a function\"}")
                            .statusCode())
                    .isEqualTo(201);

            assertThat(serve.terminate(STOP)).isEqualTo(143); // 128 + SIGTERM, after the shutdown hook finished
            assertThat(serve.stderr()).contains("ltt: stopped");
        }
        assertThat(data.resolve("pg/postmaster.pid"))
                .as("PostgreSQL stopped cleanly")
                .doesNotExist();
        assertThat(data.resolve("owner.properties")).doesNotExist();

        try (ChildJvm serve =
                ChildJvm.start(work, Main.class, "serve", "--port", "0", "--data-dir", data.toString(), "--demo")) {
            String url = url(serve);
            assertThat(Files.readString(data.resolve("admin-token")).strip()).isEqualTo(admin);
            JsonNode task = json(get(url + "/api/v1/learners/ada/tasks/" + TASK, admin));
            assertThat(task.get("status").asText()).isEqualTo("in_progress");
            assertThat(json(get(url + "/api/v1/learners/ada/tasks/" + TASK + "/notes", admin))
                            .toString())
                    .contains("print is a function");

            String learnerLine = serve.awaitLine("  learner:", START);
            String token = learnerLine.substring("  learner:".length()).strip().split("\\s+")[0];
            assertThat(get(url + "/api/v1/learners/demo/projects/maji-ndogo-part1-v3/ready", token)
                            .statusCode())
                    .isEqualTo(200);
            assertThat(get(url + "/api/v1/learners/ada/projects/maji-ndogo-part1-v3/ready", token)
                            .statusCode())
                    .isEqualTo(403);
            String curl = serve.awaitLine("  curl ", START);
            assertThat(curl).contains(token).contains(url + "/api/v1/learners/demo/projects/");
            assertThat(String.join("\n", serve.seen()))
                    .contains("already stored")
                    .contains(url + "/health");
            assertThat(serve.terminate(STOP)).isEqualTo(143);
        }

        try (ChildJvm serve = ChildJvm.start(
                work, Main.class, "serve", "--port", "0", "--data-dir", data.toString(), "--demo", "--json")) {
            JsonNode started = Json.parse(serve.awaitLine("{", START));
            String url = started.get("url").asText();
            assertThat(started.get("projects").findValuesAsText("state")).containsOnly("already stored");
            assertThat(started.get("tokens").get("admin").asText()).isEqualTo(admin);
            assertThat(started.get("urls").get("health").asText()).isEqualTo(url + "/health");
            JsonNode learners = json(get(url + "/api/v1/learners", admin));
            assertThat(learners.findValuesAsText("id")).containsExactlyInAnyOrder("ada", "demo");
            String token = started.get("tokens").get("learner").asText();
            assertThat(get(url + "/api/v1/learners/demo/projects/python-fundamentals/progress", token)
                            .statusCode())
                    .isEqualTo(200);
            assertThat(serve.terminate(STOP)).isEqualTo(143);
        }
    }

    private static String url(ChildJvm serve) throws InterruptedException {
        String line = serve.awaitLine("LTT is serving ", START);
        Matcher m = URL.matcher(line);
        assertThat(m.find()).as(line).isTrue();
        return m.group(1);
    }

    private HttpResponse<String> get(String url, String token) throws IOException, InterruptedException {
        return http.send(
                HttpRequest.newBuilder(URI.create(url))
                        .header("Authorization", "Bearer " + token)
                        .build(),
                HttpResponse.BodyHandlers.ofString());
    }

    private HttpResponse<String> post(String url, String token, String body) throws IOException, InterruptedException {
        return http.send(
                HttpRequest.newBuilder(URI.create(url))
                        .header("Authorization", "Bearer " + token)
                        .header("Content-Type", "application/json")
                        .POST(HttpRequest.BodyPublishers.ofString(body))
                        .build(),
                HttpResponse.BodyHandlers.ofString());
    }

    private static JsonNode json(HttpResponse<String> response) {
        assertThat(response.statusCode()).as(response.body()).isEqualTo(200);
        return Json.parse(response.body());
    }
}
