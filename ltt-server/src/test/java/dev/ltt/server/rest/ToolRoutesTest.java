package dev.ltt.server.rest;

import static dev.ltt.server.testing.TestServer.ADMIN_TOKEN;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import dev.ltt.server.testing.Http.Response;
import dev.ltt.server.testing.McpAgent;
import dev.ltt.server.testing.TestServer;
import dev.ltt.testing.MiniCurriculum;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** The MCP tools as plain function calling: listed at /api/v1/tools, called at .../learners/{id}/tools/{name}. */
class ToolRoutesTest {
    static TestServer server;
    static String adaToken;

    @BeforeAll
    static void start() {
        server = TestServer.start();
        server.http.post("/api/v1/projects", ADMIN_TOKEN, MiniCurriculum.document());
        server.http.post("/api/v1/learners", ADMIN_TOKEN, "{\"id\": \"ada\"}");
        server.http.post("/api/v1/learners", ADMIN_TOKEN, "{\"id\": \"bob\"}");
        adaToken = server.http
                .post("/api/v1/learners/ada/tokens", ADMIN_TOKEN, "")
                .json()
                .get("token")
                .asText();
    }

    @AfterAll
    static void stop() {
        server.close();
    }

    @Test
    void any_valid_token_lists_every_tool_with_its_schemas() {
        Response tools = server.http.get("/api/v1/tools", adaToken);
        assertThat(tools.status()).isEqualTo(200);
        assertThat(names(tools.json(), "name")).containsExactlyElementsOf(McpAgent.TOOL_NAMES);
        for (JsonNode tool : tools.json()) {
            assertThat(tool.get("description").asText()).isNotBlank();
            assertThat(tool.get("input_schema").get("type").asText()).isEqualTo("object");
            assertThat(tool.get("output_schema").get("type").asText()).isEqualTo("object");
        }
        assertThat(server.http.get("/api/v1/tools", null).status()).isEqualTo(401);
    }

    @Test
    void the_openai_view_lists_functions_with_their_parameters() {
        Response tools = server.http.get("/api/v1/tools?format=openai", ADMIN_TOKEN);
        assertThat(tools.status()).isEqualTo(200);
        JsonNode first = tools.json().get(0);
        assertThat(first.get("type").asText()).isEqualTo("function");
        assertThat(first.get("function").get("name").asText()).isEqualTo("list_projects");
        assertThat(tools.json()
                        .get(1)
                        .get("function")
                        .get("parameters")
                        .get("required")
                        .get(0)
                        .asText())
                .isEqualTo("project_id");
        assertThat(server.http.get("/api/v1/tools?format=yaml", ADMIN_TOKEN).status())
                .isEqualTo(400);
    }

    @Test
    void a_learner_calls_tools_and_tool_errors_are_results_with_their_code() {
        Response ready = call("ada", "get_ready", "{\"project_id\": \"mini\", \"limit\": 2}", adaToken);
        assertThat(ready.status()).isEqualTo(200);
        assertThat(ready.json().get("is_error").asBoolean()).isFalse();
        assertThat(ready.json().get("structured_content").get("tasks")).hasSize(2);
        assertThat(ready.json().get("text").asText()).contains(MiniCurriculum.A);

        Response blocked = call("ada", "start_task", "{\"task_id\": \"" + MiniCurriculum.B + "\"}", adaToken);
        assertThat(blocked.status()).isEqualTo(200);
        assertThat(blocked.json().get("is_error").asBoolean()).isTrue();
        assertThat(blocked.json().get("structured_content").get("code").asText())
                .isEqualTo("BLOCKED");
        assertThat(blocked.json()
                        .get("structured_content")
                        .get("blocked_by")
                        .get(0)
                        .asText())
                .isEqualTo(MiniCurriculum.A);

        Response invalid = call("ada", "submit", "{\"task_id\": \"" + MiniCurriculum.A + "\"}", adaToken);
        assertThat(invalid.json().get("structured_content").get("code").asText())
                .isEqualTo("INVALID_INPUT");
        assertThat(invalid.json()
                        .get("structured_content")
                        .get("errors")
                        .get(0)
                        .get("path")
                        .asText())
                .isEqualTo("content");

        Response blank = call(
                "ada", "add_comment", "{\"task_id\": \"" + MiniCurriculum.A + "\", \"comment\": \"  \"}", adaToken);
        JsonNode problem = blank.json().get("structured_content").get("errors").get(0);
        assertThat(problem.get("path").asText()).isEqualTo("comment");
        assertThat(problem.get("message").asText()).contains("blank");

        Response empty = call("ada", "list_projects", "", adaToken);
        assertThat(empty.json()
                        .get("structured_content")
                        .get("projects")
                        .get(0)
                        .get("project_id")
                        .asText())
                .isEqualTo("mini");
    }

    @Test
    void an_admin_calls_tools_for_any_learner_and_a_learner_only_for_themself() {
        Response asAdmin = call("bob", "start_task", "{\"task_id\": \"" + MiniCurriculum.A + "\"}", ADMIN_TOKEN);
        assertThat(asAdmin.json().get("structured_content").get("status").asText())
                .isEqualTo("in_progress");
        assertThat(call("bob", "get_ready", "{\"project_id\": \"mini\"}", adaToken)
                        .status())
                .isEqualTo(403);
    }

    @Test
    void an_unknown_tool_is_a_404_and_a_malformed_body_a_400() {
        Response unknown = call("ada", "delete_everything", "{}", adaToken);
        assertThat(unknown.status()).isEqualTo(404);
        assertThat(unknown.contentType()).startsWith("application/problem+json");
        assertThat(unknown.json().get("detail").asText()).contains("/api/v1/tools");
        assertThat(call("ada", "get_ready", "{not json", adaToken).status()).isEqualTo(400);
    }

    private static Response call(String learner, String tool, String body, String token) {
        return server.http.post("/api/v1/learners/" + learner + "/tools/" + tool, token, body);
    }

    private static List<String> names(JsonNode array, String field) {
        List<String> names = new ArrayList<>();
        array.forEach(node -> names.add(node.get(field).asText()));
        return names;
    }
}
