package dev.ltt.server.mcp;

import static dev.ltt.server.testing.TestServer.ADMIN_TOKEN;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.ltt.server.testing.Http.Response;
import dev.ltt.server.testing.McpAgent;
import dev.ltt.server.testing.TestServer;
import dev.ltt.testing.Fixtures;
import dev.ltt.testing.MiniCurriculum;
import io.modelcontextprotocol.client.McpClient;
import io.modelcontextprotocol.client.McpSyncClient;
import io.modelcontextprotocol.client.transport.HttpClientStreamableHttpTransport;
import io.modelcontextprotocol.spec.McpError;
import io.modelcontextprotocol.spec.McpSchema;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** MCP over streamable HTTP at /mcp, spoken by the SDK's own client, bound to the learner of the token. */
class McpHttpTest {
    private static final String INITIALIZE = """
            {"jsonrpc": "2.0", "id": 1, "method": "initialize", "params": {"protocolVersion": "2025-06-18",
             "capabilities": {}, "clientInfo": {"name": "test", "version": "1"}}}""";
    static TestServer server;

    @BeforeAll
    static void start() {
        server = TestServer.start();
        assertThat(server.http
                        .post("/api/v1/projects", ADMIN_TOKEN, MiniCurriculum.document())
                        .status())
                .isEqualTo(201);
        assertThat(server.http
                        .post("/api/v1/projects", ADMIN_TOKEN, Fixtures.curriculum(Fixtures.PYTHON))
                        .status())
                .isEqualTo(201);
    }

    @AfterAll
    static void stop() {
        server.close();
    }

    @Test
    void an_agent_lists_every_tool_each_with_a_description_and_schemas() {
        try (McpSyncClient client = client(learnerToken("lister"), Map.of())) {
            List<McpSchema.Tool> tools = client.listTools().tools();
            assertThat(tools).extracting(McpSchema.Tool::name).containsExactlyElementsOf(McpAgent.TOOL_NAMES);
            assertThat(tools).allSatisfy(tool -> {
                assertThat(tool.description()).hasSizeGreaterThan(80);
                assertThat(tool.inputSchema()).containsEntry("type", "object").containsKey("properties");
                assertThat(tool.outputSchema()).containsEntry("type", "object");
            });
            assertThat(client.getServerInfo().name()).isEqualTo("ltt");
        }
    }

    @Test
    @SuppressWarnings("unchecked")
    void an_agent_walks_the_mini_curriculum_to_the_end_with_tool_calls_only() {
        try (McpSyncClient client = client(learnerToken("walker"), Map.of())) {
            McpAgent agent = new McpAgent(client);
            List<Map<String, Object>> projects =
                    (List<Map<String, Object>>) agent.ok("list_projects").get("projects");
            assertThat(projects).extracting(p -> p.get("project_id")).contains(MiniCurriculum.SLUG, Fixtures.PYTHON);
            Map<String, Object> context = agent.ok("get_context", "task_id", MiniCurriculum.A);
            assertThat(((Map<String, Object>) context.get("task")).get("id")).isEqualTo(MiniCurriculum.A);
            assertThat(agent.ok("start_task", "task_id", MiniCurriculum.A).get("status"))
                    .isEqualTo("in_progress");
            assertThat(agent.ok("add_comment", "task_id", MiniCurriculum.A, "comment", "likes loops")
                            .get("visibility"))
                    .isEqualTo("private");
            assertThat((List<?>) agent.ok("get_comments", "task_id", MiniCurriculum.A)
                            .get("comments"))
                    .hasSize(1);
            assertThat(agent.ok("request_help", "task_id", MiniCurriculum.A, "message", "stuck on the loop")
                            .get("status"))
                    .isEqualTo("open");

            List<String> closed = agent.walkToTheEnd(MiniCurriculum.SLUG);

            assertThat(closed)
                    .containsExactlyInAnyOrder(
                            MiniCurriculum.A, MiniCurriculum.B, MiniCurriculum.TALK, MiniCurriculum.C);
            Map<String, Object> progress = agent.ok("get_progress", "project_id", MiniCurriculum.SLUG);
            assertThat(progress.get("completed"))
                    .isEqualTo(progress.get("total"))
                    .isEqualTo(4);
            Map<String, Object> back = agent.ok("go_back", "task_id", MiniCurriculum.C, "reason", "revisit");
            assertThat(back.get("status")).isEqualTo("open");
            assertThat(agent.walkToTheEnd(MiniCurriculum.SLUG)).containsExactly(MiniCurriculum.C);
        }
    }

    @Test
    void an_agent_walks_python_fundamentals_to_the_end() {
        try (McpSyncClient client = client(learnerToken("pythonista"), Map.of())) {
            McpAgent agent = new McpAgent(client);
            assertThat(agent.walkToTheEnd(Fixtures.PYTHON)).isNotEmpty();
            Map<String, Object> progress = agent.ok("get_progress", "project_id", Fixtures.PYTHON);
            assertThat(progress.get("completed")).isEqualTo(progress.get("total"));
        }
    }

    @Test
    @SuppressWarnings("unchecked")
    void tool_errors_come_back_as_error_results_with_their_code_never_as_protocol_failures() {
        try (McpSyncClient client = client(learnerToken("erring"), Map.of())) {
            McpAgent agent = new McpAgent(client);
            assertThat(agent.error("show_task", "task_id", "mini@v1.9.9")).isEqualTo("NOT_FOUND");
            assertThat(agent.error("get_progress", "project_id", "no-such-project"))
                    .isEqualTo("NOT_FOUND");

            McpSchema.CallToolResult blocked = agent.call("start_task", "task_id", MiniCurriculum.B);
            assertThat(blocked.isError()).isTrue();
            assertThat(McpAgent.error(blocked))
                    .containsEntry("code", "BLOCKED")
                    .containsEntry("blocked_by", List.of(MiniCurriculum.A));
            assertThat(McpAgent.text(blocked)).contains("BLOCKED", MiniCurriculum.A);

            agent.ok("submit", "task_id", MiniCurriculum.A, "content", "my answer");
            assertThat(agent.error("submit", "task_id", MiniCurriculum.A, "content", "again"))
                    .isEqualTo("INVALID_STATE");
            assertThat(agent.error("go_back", "task_id", MiniCurriculum.B, "reason", "not closed"))
                    .isEqualTo("INVALID_STATE");

            McpSchema.CallToolResult invalid = agent.call("get_ready", "limit", 0, "learner_id", "someone-else");
            assertThat(McpAgent.error(invalid)).containsEntry("code", "INVALID_INPUT");
            assertThat((List<Map<String, Object>>) McpAgent.error(invalid).get("errors"))
                    .extracting(e -> e.get("path"))
                    .containsExactlyInAnyOrder("project_id", "limit", "learner_id");
            assertThat(agent.error("show_task", "task_id", "not a task id")).isEqualTo("INVALID_INPUT");
            assertThatThrownBy(() -> agent.call("drop_tables"))
                    .as("an unknown tool is a protocol error, as MCP says")
                    .isInstanceOf(McpError.class);
        }
    }

    @Test
    void each_connection_acts_for_the_learner_of_its_token() {
        try (McpSyncClient ana = client(learnerToken("ana"), Map.of());
                McpSyncClient ben = client(learnerToken("ben"), Map.of())) {
            new McpAgent(ana).ok("start_task", "task_id", MiniCurriculum.A);
            assertThat(new McpAgent(ana)
                            .ok("show_task", "task_id", MiniCurriculum.A)
                            .get("status"))
                    .isEqualTo("in_progress");
            assertThat(new McpAgent(ben)
                            .ok("show_task", "task_id", MiniCurriculum.A)
                            .get("status"))
                    .isEqualTo("open");
        }
        try (McpSyncClient admin = client(ADMIN_TOKEN, Map.of(McpAuthFilter.LEARNER_HEADER, "ana"))) {
            assertThat(new McpAgent(admin)
                            .ok("show_task", "task_id", MiniCurriculum.A)
                            .get("status"))
                    .isEqualTo("in_progress");
        }
    }

    @Test
    void a_request_without_a_learner_token_is_refused_with_a_problem() {
        Response none = server.http.post("/mcp", null, INITIALIZE);
        assertThat(none.status()).isEqualTo(401);
        assertThat(none.contentType()).startsWith("application/problem+json");
        assertThat(none.json().get("detail").asText()).contains("Bearer");
        assertThat(server.http.post("/mcp", "not-a-token", INITIALIZE).status()).isEqualTo(401);

        Response admin = server.http.post("/mcp", ADMIN_TOKEN, INITIALIZE);
        assertThat(admin.status()).isEqualTo(403);
        assertThat(admin.json().get("detail").asText()).contains(McpAuthFilter.LEARNER_HEADER);
        String instructor = server.ltt.use().issueToken.forInstructor("ines");
        assertThat(server.http.post("/mcp", instructor, INITIALIZE).status()).isEqualTo(403);
    }

    @Test
    void the_transports_own_refusals_are_problems_that_say_nothing_of_the_internals() {
        String token = learnerToken("refused");
        Response noAccept = server.http.post("/mcp", token, INITIALIZE);
        assertThat(noAccept.status()).isEqualTo(400);
        assertThat(noAccept.contentType()).startsWith("application/problem+json");
        assertThat(noAccept.json().get("code").asText()).isEqualTo("BAD_REQUEST");
        assertThat(noAccept.json().get("detail").asText()).contains("Accept");
        assertThat(noAccept.text()).doesNotContain("stackTrace", "io.modelcontextprotocol");

        Map<String, String> accept = Map.of("Accept", "application/json, text/event-stream");
        Response notJson = server.http.send("POST", "/mcp", token, "{not json", accept);
        assertThat(notJson.status()).isEqualTo(400);
        assertThat(notJson.json().get("detail").asText()).startsWith("the body is not a JSON-RPC message");
        Response unknown = server.http.send("DELETE", "/mcp", token, null, Map.of("Mcp-Session-Id", "no-such-session"));
        assertThat(unknown.status()).isEqualTo(404);
        assertThat(unknown.contentType()).startsWith("application/problem+json");
        assertThat(unknown.json().get("code").asText()).isEqualTo("NOT_FOUND");
        Response tooLarge = server.http.send("POST", "/mcp", token, "x".repeat(McpHttp.MAX_REQUEST_BYTES + 1), accept);
        assertThat(tooLarge.status()).isEqualTo(413);
        assertThat(tooLarge.json().get("code").asText()).isEqualTo("PAYLOAD_TOO_LARGE");
        assertThat(tooLarge.header("Connection"))
                .as("the unread rest of the body ends the connection")
                .isEqualTo("close");
        Response put = server.http.send("PUT", "/mcp", token, "{}");
        assertThat(put.status()).isEqualTo(405);
        assertThat(put.json().get("code").asText()).isEqualTo("METHOD_NOT_ALLOWED");
    }

    static String learnerToken(String id) {
        assertThat(server.http
                        .post("/api/v1/learners", ADMIN_TOKEN, "{\"id\": \"" + id + "\"}")
                        .status())
                .isEqualTo(201);
        return server.http
                .post("/api/v1/learners/" + id + "/tokens", ADMIN_TOKEN, "")
                .json()
                .get("token")
                .asText();
    }

    static McpSyncClient client(String token, Map<String, String> headers) {
        HttpClientStreamableHttpTransport transport = HttpClientStreamableHttpTransport.builder(server.baseUrl())
                .endpoint(McpHttp.PATH)
                .httpRequestCustomizer((request, method, uri, body, context) -> {
                    request.header("Authorization", "Bearer " + token);
                    headers.forEach(request::header);
                })
                .build();
        McpSyncClient client =
                McpClient.sync(transport).requestTimeout(Duration.ofSeconds(30)).build();
        client.initialize();
        return client;
    }
}
