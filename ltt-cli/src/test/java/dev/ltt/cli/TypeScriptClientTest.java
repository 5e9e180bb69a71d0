package dev.ltt.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import com.fasterxml.jackson.databind.JsonNode;
import dev.ltt.testing.MiniCurriculum;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * {@code ltt mcp} seen by the official TypeScript MCP SDK client, the one most agent hosts are built on: it
 * checks every structured result against the tool's output schema and throws when one does not match, so
 * each call here proves the server's answer is one that client can read.
 */
class TypeScriptClientTest {
    static Path dataDir;

    @BeforeAll
    static void prepare() throws IOException {
        TypeScriptMcpClient.installOnce();
        dataDir = Files.createTempDirectory("ltt-ts-test");
        Path mini = dataDir.resolve("mini.json");
        Files.write(mini, MiniCurriculum.document());
        assertThat(Main.run("ingest", mini.toString(), "--data-dir", db())).isZero();
        for (String learner : List.of("ada", "bea")) {
            assertThat(Main.run("learner", "create", "--id", learner, "--data-dir", db()))
                    .isZero();
        }
    }

    @AfterAll
    static void removeDataDir() {
        await().atMost(Duration.ofSeconds(30)).ignoreExceptions().until(() -> {
            try (Stream<Path> files = Files.walk(dataDir)) {
                files.sorted(Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
            }
            return !Files.exists(dataDir);
        });
    }

    @Test
    void every_tool_error_reaches_the_typescript_client_as_an_error_result_with_its_code() {
        JsonNode calls = callTools(
                "ada",
                List.of(
                        call("show_task", Map.of("task_id", "mini@v1.7")),
                        call("start_task", Map.of("task_id", MiniCurriculum.B)),
                        call("submit", Map.of("task_id", MiniCurriculum.A, "content", "done")),
                        call("submit", Map.of("task_id", MiniCurriculum.A, "content", "again")),
                        call("get_ready", Map.of("project_id", "mini", "limit", "five")),
                        call("get_progress", Map.of("project_id", "nope"))));

        List<String> codes = List.of("NOT_FOUND", "BLOCKED", "", "INVALID_STATE", "INVALID_INPUT", "NOT_FOUND");
        for (int i = 0; i < codes.size(); i++) {
            JsonNode result = calls.get(i);
            assertThat(result.path("thrown").isNull())
                    .as("the SDK threw on call %d: %s", i, result.path("thrown"))
                    .isTrue();
            if (codes.get(i).isEmpty()) {
                assertThat(result.path("is_error").asBoolean())
                        .as(result.toString())
                        .isFalse();
                assertThat(result.path("structured")
                                .path("validation")
                                .path("passed")
                                .asBoolean())
                        .isTrue();
                continue;
            }
            assertThat(result.path("is_error").asBoolean())
                    .as(result.toString())
                    .isTrue();
            assertThat(result.path("code").asText()).as(result.toString()).isEqualTo(codes.get(i));
            assertThat(result.path("text_code").asText())
                    .as("the text starts with the code")
                    .isEqualTo(codes.get(i));
            assertThat(result.path("error").path("message").asText()).isNotBlank();
        }
        assertThat(calls.get(1).path("error").path("blocked_by"))
                .extracting(JsonNode::asText)
                .containsExactly(MiniCurriculum.A);
        assertThat(calls.get(4).path("error").path("errors").get(0).path("path").asText())
                .isEqualTo("limit");
    }

    @Test
    void
            the_typescript_client_remembers_updates_the_profile_twice_reads_it_back_in_the_context_and_starts_with_context() {
        JsonNode calls = callTools(
                "bea",
                List.of(
                        call("remember", Map.of("text", "likes worked examples before theory")),
                        call(
                                "remember",
                                Map.of(
                                        "text",
                                        "confuses WHERE and HAVING",
                                        "context",
                                        "on a-leaf",
                                        "scope",
                                        "project",
                                        "project_id",
                                        MiniCurriculum.SLUG)),
                        call(
                                "update_profile",
                                Map.of(
                                        "name",
                                        "Bea",
                                        "learning_style",
                                        "examples first",
                                        "strengths",
                                        List.of("loops", "SQL"))),
                        call(
                                "update_profile",
                                Map.of("strengths", List.of("sql", "joins"), "interests", List.of("water"))),
                        call("get_context", Map.of("task_id", MiniCurriculum.A)),
                        call("remember", Map.of("text", "x", "scope", "project")),
                        call("update_profile", Map.of()),
                        call("start_task", Map.of("task_id", MiniCurriculum.A)),
                        call("get_ready", Map.of("project_id", MiniCurriculum.SLUG, "task_type", "epic")),
                        call("show_task", Map.of("task_id", MiniCurriculum.A))));
        for (int i = 0; i < 5; i++) {
            JsonNode result = calls.get(i);
            assertThat(result.path("thrown").isNull())
                    .as("the SDK threw: %s", result.path("thrown"))
                    .isTrue();
            assertThat(result.path("is_error").asBoolean())
                    .as(result.toString())
                    .isFalse();
        }
        assertThat(calls.get(0).path("structured").path("scope").asText()).isEqualTo("global");
        assertThat(calls.get(1).path("structured").path("project_id").asText()).isEqualTo(MiniCurriculum.SLUG);
        assertThat(calls.get(3).path("structured").path("strengths"))
                .extracting(JsonNode::asText)
                .as("lists merged without duplicates, ignoring case")
                .containsExactly("loops", "SQL", "joins");

        JsonNode memory = calls.get(4).path("structured").path("memory");
        assertThat(memory.path("profile").path("name").asText()).isEqualTo("Bea");
        assertThat(memory.path("profile").path("learning_style").asText()).isEqualTo("examples first");
        assertThat(memory.path("profile").path("strengths"))
                .extracting(JsonNode::asText)
                .containsExactly("loops", "SQL", "joins");
        assertThat(memory.path("profile").path("interests"))
                .extracting(JsonNode::asText)
                .containsExactly("water");
        assertThat(memory.path("observations"))
                .extracting(o -> o.path("text").asText())
                .containsExactly("confuses WHERE and HAVING", "likes worked examples before theory");
        assertThat(calls.get(4).path("text").asText())
                .contains("confuses WHERE and HAVING", "strengths: loops, SQL, joins");

        for (int i = 5; i < 7; i++) {
            JsonNode result = calls.get(i);
            assertThat(result.path("thrown").isNull())
                    .as("the SDK threw: %s", result.path("thrown"))
                    .isTrue();
            assertThat(result.path("code").asText()).as(result.toString()).isEqualTo("INVALID_INPUT");
        }
        for (int i = 7; i < 10; i++) {
            assertThat(calls.get(i).path("thrown").isNull())
                    .as("the SDK threw: %s", calls.get(i).path("thrown"))
                    .isTrue();
            assertThat(calls.get(i).path("is_error").asBoolean())
                    .as(calls.get(i).toString())
                    .isFalse();
        }
        JsonNode started = calls.get(7).path("structured");
        assertThat(started.path("status").asText()).isEqualTo("in_progress");
        assertThat(started.path("context").path("task").path("status").asText()).isEqualTo("in_progress");
        assertThat(started.path("context")
                        .path("memory")
                        .path("profile")
                        .path("name")
                        .asText())
                .isEqualTo("Bea");
        assertThat(calls.get(8).path("structured").path("tasks"))
                .extracting(t -> t.path("id").asText())
                .containsExactly(MiniCurriculum.ALPHA);
        JsonNode task = calls.get(9).path("structured");
        assertThat(task.path("blocks")).extracting(t -> t.path("id").asText()).containsExactly(MiniCurriculum.B);
        assertThat(task.path("started_at").asText()).isNotBlank();
        assertThat(task.path("completed_at").isNull()).isTrue();
    }

    static Map<String, Object> call(String tool, Map<String, Object> arguments) {
        return Map.of("tool", tool, "arguments", arguments);
    }

    static JsonNode callTools(String learner, List<Map<String, Object>> calls) {
        Path file = TypeScriptMcpClient.calls(dataDir, calls);
        JsonNode answer = TypeScriptMcpClient.run("call-tools.mjs", List.of(file.toString()), learner, db());
        assertThat(answer.path("calls").size()).isEqualTo(calls.size());
        return answer.path("calls");
    }

    static String db() {
        return dataDir.resolve("db").toString();
    }
}
