package dev.ltt.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import com.fasterxml.jackson.databind.JsonNode;
import dev.ltt.testing.Fixtures;
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
 * Maji Ndogo walked by the official TypeScript MCP SDK client over stdio: every SQL leaf submitted as nothing but
 * its own query, with no reported result, and checked by LTT in the learner's own database; then run_sql lists
 * the tables, shows the learner's copy kept the fixes, and refuses a DROP.
 */
class TypeScriptSqlWalkTest {
    static Path dataDir;

    @BeforeAll
    static void prepare() throws IOException {
        TypeScriptMcpClient.installOnce();
        dataDir = Files.createTempDirectory("ltt-ts-sql-test");
        Path maji = dataDir.resolve("maji.json");
        Files.write(maji, Fixtures.curriculum(Fixtures.MAJI_NDOGO));
        assertThat(Main.run("ingest", maji.toString(), "--data-dir", db())).isZero();
        assertThat(Main.run("learner", "create", "--id", "tess", "--data-dir", db()))
                .isZero();
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

    static Map<String, Object> sql(String query) {
        return Map.of("tool", "run_sql", "arguments", Map.of("project_id", Fixtures.MAJI_NDOGO, "query", query));
    }

    @Test
    void the_typescript_client_closes_all_32_leaves_on_their_own_queries_and_reads_the_learners_copy() {
        Path calls = TypeScriptMcpClient.calls(
                dataDir,
                List.of(
                        sql("SELECT name FROM sqlite_master WHERE type = 'table' ORDER BY name"),
                        sql("SELECT * FROM well_pollution WHERE description LIKE 'Clean_%'"),
                        sql("DROP TABLE visits"),
                        Map.of("tool", "get_progress", "arguments", Map.of("project_id", Fixtures.MAJI_NDOGO))));
        JsonNode answer = TypeScriptMcpClient.run(
                "walk-project.mjs", List.of(Fixtures.MAJI_NDOGO, calls.toString()), "tess", db());

        assertThat(answer.path("tools")).extracting(JsonNode::asText).contains("run_sql");
        JsonNode steps = answer.path("steps");
        for (JsonNode step : steps) {
            assertThat(step.path("thrown").isNull())
                    .as("the SDK threw: %s", step)
                    .isTrue();
            assertThat(step.path("structured").path("validation").path("passed").asBoolean())
                    .as(step.toString())
                    .isTrue();
            if (step.path("sql").asBoolean()) {
                assertThat(step.path("structured")
                                .path("validation")
                                .path("feedback")
                                .asText())
                        .contains("your own copy");
            }
        }
        assertThat(steps).hasSize(32);
        assertThat(steps.findValues("sql")).filteredOn(JsonNode::asBoolean).hasSize(16);

        JsonNode after = answer.path("calls");
        for (JsonNode call : after)
            assertThat(call.path("thrown").isNull())
                    .as("the SDK threw: %s", call)
                    .isTrue();
        assertThat(after.get(0).path("structured").path("rows"))
                .extracting(row -> row.get(0).asText())
                .containsExactly(
                        "column_legend",
                        "employee",
                        "global_water_access",
                        "location",
                        "quality_score",
                        "visits",
                        "water_source",
                        "well_pollution");
        assertThat(after.get(1).path("structured").path("row_count").asLong())
                .as("the fixes are kept")
                .isZero();
        assertThat(after.get(2).path("is_error").asBoolean()).isTrue();
        assertThat(after.get(2).path("code").asText()).isEqualTo("INVALID_INPUT");
        assertThat(after.get(2).path("text").asText()).contains("Run only reads your database");
        assertThat(after.get(3).path("structured").path("completed").asInt()).isEqualTo(32);
    }

    static String db() {
        return dataDir.resolve("db").toString();
    }
}
