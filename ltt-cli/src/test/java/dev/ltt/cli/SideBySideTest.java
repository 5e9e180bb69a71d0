package dev.ltt.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import dev.ltt.json.Json;
import dev.ltt.server.testing.McpAgent;
import dev.ltt.testing.MiniCurriculum;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Every command beside a running server: while {@code ltt serve} runs in one process, an agent walks a
 * curriculum over {@code ltt mcp} in another, on the same data dir, and the server's REST API shows that progress
 * at once; a plain command ({@code ltt ready}) works beside both.
 */
class SideBySideTest {
    private static final Duration START = Duration.ofSeconds(120);
    private static final Pattern URL = Pattern.compile("LTT is serving (http://127\\.0\\.0\\.1:\\d+) ");
    private final HttpClient http = HttpClient.newHttpClient();

    @TempDir
    Path work;

    @Test
    void an_agent_on_ltt_mcp_walks_a_curriculum_while_ltt_serve_runs_and_rest_shows_its_progress() throws Exception {
        Path data = work.resolve("data");
        try (ChildJvm serve = ChildJvm.start(work, Main.class, "serve", "--port", "0", "--data-dir", data.toString())) {
            Matcher serving = URL.matcher(serve.awaitLine("LTT is serving ", START));
            assertThat(serving.find()).isTrue();
            String url = serving.group(1);
            String admin = Files.readString(data.resolve("admin-token")).strip();
            assertThat(send(url + "/api/v1/projects", admin, new String(MiniCurriculum.document()))
                            .statusCode())
                    .isEqualTo(201);
            assertThat(send(url + "/api/v1/learners", admin, "{\"id\": \"ada\"}")
                            .statusCode())
                    .isEqualTo(201);
            String progress = url + "/api/v1/learners/ada/projects/" + MiniCurriculum.SLUG + "/progress";

            List<String> mcpStderr = new CopyOnWriteArrayList<>();
            try (McpCommandTest.Child mcp = McpCommandTest.spawn(data.toString(), "ada", mcpStderr)) {
                McpAgent agent = new McpAgent(mcp.client());
                agent.ok("start_task", "task_id", MiniCurriculum.A);
                agent.ok("submit", "task_id", MiniCurriculum.A, "content", "done");
                assertThat(json(send(progress, admin, null)).get("completed").asInt())
                        .as("the server sees the agent's first submission at once")
                        .isEqualTo(1);

                assertThat(agent.walkToTheEnd(MiniCurriculum.SLUG)).hasSize(3);

                Cli.Result ready = new Cli(data).run("ready", "ada", MiniCurriculum.SLUG, "--json");
                assertThat(ready.exitCode()).as(ready.toString()).isZero();
                assertThat(ready.json().get("total_ready").asInt())
                        .as("nothing left to do")
                        .isZero();
            }
            JsonNode done = json(send(progress, admin, null));
            assertThat(done.get("completed").asInt())
                    .isEqualTo(done.get("total").asInt())
                    .isEqualTo(4);
            assertThat(String.join("\n", mcpStderr)).doesNotContain("Exception", "already running", "\tat ");
            assertThat(serve.terminate(START)).isEqualTo(143);
            assertThat(serve.stderr()).doesNotContain("Exception", "\tat ");
        }
    }

    private HttpResponse<String> send(String url, String token, String body) throws Exception {
        HttpRequest.Builder request =
                HttpRequest.newBuilder(URI.create(url)).header("Authorization", "Bearer " + token);
        if (body != null)
            request.header("Content-Type", "application/json").POST(HttpRequest.BodyPublishers.ofString(body));
        return http.send(request.build(), HttpResponse.BodyHandlers.ofString());
    }

    private static JsonNode json(HttpResponse<String> response) {
        assertThat(response.statusCode()).as(response.body()).isEqualTo(200);
        return Json.parse(response.body());
    }
}
