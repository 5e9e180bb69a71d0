package dev.ltt.server.mcp;

import static dev.ltt.server.testing.TestServer.ADMIN_TOKEN;
import static org.assertj.core.api.Assertions.assertThat;

import dev.ltt.server.testing.McpAgent;
import dev.ltt.server.testing.TestServer;
import dev.ltt.testing.Fixtures;
import io.modelcontextprotocol.client.McpClient;
import io.modelcontextprotocol.client.McpSyncClient;
import io.modelcontextprotocol.client.transport.HttpClientStreamableHttpTransport;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * An agent on the MCP Java SDK's client works through Maji Ndogo: run_sql to look at the learner's database, and
 * every SQL leaf submitted as nothing but its own query (no reported result), checked by LTT running it in the
 * learner's own database.
 */
class McpSqlWorkspaceTest {
    static final String SLUG = Fixtures.MAJI_NDOGO;
    static TestServer server;

    @BeforeAll
    static void start() {
        server = TestServer.start();
        assertThat(server.http
                        .post("/api/v1/projects", ADMIN_TOKEN, Fixtures.curriculum(SLUG))
                        .status())
                .isEqualTo(201);
    }

    @AfterAll
    static void stop() {
        server.close();
    }

    static McpSyncClient client(String learner) {
        assertThat(server.http
                        .post("/api/v1/learners", ADMIN_TOKEN, "{\"id\": \"" + learner + "\"}")
                        .status())
                .isEqualTo(201);
        String token = server.http
                .post("/api/v1/learners/" + learner + "/tokens", ADMIN_TOKEN, "")
                .json()
                .get("token")
                .asText();
        HttpClientStreamableHttpTransport transport = HttpClientStreamableHttpTransport.builder(server.baseUrl())
                .endpoint(McpHttp.PATH)
                .httpRequestCustomizer(
                        (request, method, uri, body, context) -> request.header("Authorization", "Bearer " + token))
                .build();
        McpSyncClient client =
                McpClient.sync(transport).requestTimeout(Duration.ofSeconds(60)).build();
        client.initialize();
        return client;
    }

    @SuppressWarnings("unchecked")
    static long count(McpAgent agent, String sql) {
        return ((Number) agent.ok("run_sql", "project_id", SLUG, "query", sql).get("row_count")).longValue();
    }

    @Test
    @SuppressWarnings("unchecked")
    void run_sql_lists_the_tables_of_the_learners_database_and_refuses_a_drop() {
        try (McpSyncClient client = client("explorer")) {
            McpAgent agent = new McpAgent(client);
            Map<String, Object> tables = agent.ok(
                    "run_sql",
                    "project_id",
                    SLUG,
                    "query",
                    "SELECT name FROM sqlite_master WHERE type = 'table' ORDER BY name");
            assertThat((List<List<Object>>) tables.get("rows"))
                    .extracting(row -> row.get(0))
                    .containsExactly(
                            "column_legend",
                            "employee",
                            "global_water_access",
                            "location",
                            "quality_score",
                            "visits",
                            "water_source",
                            "well_pollution");
            assertThat(tables.get("columns")).isEqualTo(List.of("name"));
            assertThat(tables.get("truncated")).isEqualTo(false);
            assertThat(McpAgent.text(
                            agent.call("run_sql", "project_id", SLUG, "query", "SELECT * FROM location LIMIT 2")))
                    .contains("location_id | address")
                    .contains("AkHa00000 | 2 Addis Ababa Road")
                    .contains("2 rows");

            assertThat(agent.error("run_sql", "project_id", SLUG, "query", "DROP TABLE visits"))
                    .isEqualTo("INVALID_INPUT");
            assertThat(McpAgent.text(agent.call("run_sql", "project_id", SLUG, "query", "DROP TABLE visits")))
                    .contains("Run only reads your database");
            assertThat(agent.error("run_sql", "project_id", SLUG, "query", "SELECT nme FROM location"))
                    .isEqualTo("INVALID_INPUT");
            assertThat(agent.error("run_sql", "project_id", "no-such-project", "query", "SELECT 1"))
                    .isEqualTo("NOT_FOUND");
            assertThat(count(agent, "SELECT * FROM visits")).isEqualTo(10_000);
        }
    }

    @Test
    @SuppressWarnings("unchecked")
    void an_agent_closes_all_32_leaves_submitting_each_sql_leafs_own_query_and_the_copy_keeps_the_fixes() {
        try (McpSyncClient client = client("walker")) {
            McpAgent agent = new McpAgent(client);
            int closed = 0;
            for (int step = 0; step < 40; step++) {
                List<Map<String, Object>> ready = (List<Map<String, Object>>)
                        agent.ok("get_ready", "project_id", SLUG).get("tasks");
                if (ready.isEmpty()) break;
                String id = (String) ready.get(0).get("id");
                Map<String, Object> extra = (Map<String, Object>)
                        agent.ok("show_task", "task_id", id).get("extra");
                Object checks = extra == null ? null : extra.get("checks");
                String content = checks == null
                        ? "I have read it and I am ready."
                        : ((List<Map<String, Object>>) checks)
                                .stream().map(c -> c.get("query") + ";").reduce("", (a, b) -> a + b + "\n");
                Map<String, Object> submitted = agent.ok(
                        "submit",
                        "task_id",
                        id,
                        "content",
                        content,
                        "submission_type",
                        checks == null ? "text" : "sql");
                Map<String, Object> validation = (Map<String, Object>) submitted.get("validation");
                assertThat(validation.get("passed"))
                        .as("%s: %s", id, validation.get("feedback"))
                        .isEqualTo(true);
                if (checks != null)
                    assertThat((String) validation.get("feedback")).contains("your own copy");
                closed++;
            }
            assertThat(closed).isEqualTo(32);
            Map<String, Object> progress = agent.ok("get_progress", "project_id", SLUG);
            assertThat(progress.get("completed"))
                    .isEqualTo(progress.get("total"))
                    .isEqualTo(32);
            assertThat(count(agent, "SELECT * FROM well_pollution WHERE description LIKE 'Clean_%'"))
                    .isZero();
            assertThat(count(agent, "SELECT * FROM sqlite_master WHERE name = 'well_pollution_copy'"))
                    .isZero();
        }
    }
}
