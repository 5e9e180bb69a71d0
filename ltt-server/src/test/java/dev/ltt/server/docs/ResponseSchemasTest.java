package dev.ltt.server.docs;

import static dev.ltt.server.testing.TestServer.ADMIN_TOKEN;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import dev.ltt.server.testing.Http.Response;
import dev.ltt.server.testing.TestServer;
import dev.ltt.testing.Fixtures;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * A learner's and an instructor's day through the whole API, every response checked against the OpenAPI
 * document: its status, content type and schema (closed: no undocumented field), errors included.
 */
class ResponseSchemasTest {
    static final String SLUG = Fixtures.MAJI_NDOGO;
    static final String INITIALIZE = """
            {"jsonrpc": "2.0", "id": 1, "method": "initialize", "params": {"protocolVersion": "2025-06-18",
             "capabilities": {}, "clientInfo": {"name": "test", "version": "1"}}}""";
    static TestServer server;
    static DocumentedResponses documented;
    final List<String> problems = new ArrayList<>();
    final Map<String, String> values = new LinkedHashMap<>();
    /** The latest response {@link #expect} got. */
    Response last;

    @BeforeAll
    static void start() {
        server = TestServer.start();
        documented =
                new DocumentedResponses(server.http.get("/openapi.json", null).json());
    }

    @AfterAll
    static void stop() {
        Set<String> unchecked = new TreeSet<>();
        server.http
                .get("/openapi.json", null)
                .json()
                .get("paths")
                .properties()
                .forEach(path -> path.getValue()
                        .fieldNames()
                        .forEachRemaining(method -> unchecked.add(method.toUpperCase() + " " + path.getKey())));
        unchecked.removeAll(documented.checked());
        server.close();
        // Not a failure, so that a new route does not break this walk; add a call for it above.
        System.out.println(
                "responses checked for " + documented.checked().size() + " operations; not walked: " + unchecked);
    }

    @Test
    void every_response_of_a_walk_through_the_api_is_as_the_document_describes_it() {
        values.put("slug", SLUG);
        values.put("learnerId", "ada");
        String admin = ADMIN_TOKEN;
        expect(201, "POST", "/api/v1/projects", admin, curriculum(SLUG));
        expect(200, "POST", "/api/v1/projects", admin, curriculum(SLUG));
        expect(200, "POST", "/api/v1/projects?dry_run=true", admin, curriculum(Fixtures.PYTHON));
        expect(422, "POST", "/api/v1/projects", admin, "{\"epics\": 3}");
        expect(
                400,
                "POST",
                "/api/v1/projects",
                admin,
                "{not json"); // issue 9: malformed JSON is a 400, as for every body
        expect(400, "POST", "/api/v1/projects?dry_run=maybe", admin, curriculum(SLUG));
        expect(200, "GET", "/api/v1/projects?all_versions=true", admin, null);
        expect(200, "GET", "/api/v1/projects/{slug}", admin, null);
        expect(404, "GET", "/api/v1/projects/{slug}?version=99", admin, null);
        expect(200, "GET", "/api/v1/projects/{slug}/export", admin, null);

        expect(201, "POST", "/api/v1/learners", admin, "{\"id\": \"ada\", \"name\": \"Ada\"}");
        expect(201, "POST", "/api/v1/learners", admin, "");
        expect(409, "POST", "/api/v1/learners", admin, "{\"id\": \"ada\"}");
        expect(422, "POST", "/api/v1/learners", admin, "{\"idd\": \"x\"}");
        expect(200, "GET", "/api/v1/learners?limit=10", admin, null);
        String ada = expect(201, "POST", "/api/v1/learners/{learnerId}/tokens", admin, "{\"valid_for_minutes\": 60}")
                .get("token")
                .asText();
        String ines = expect(201, "POST", "/api/v1/instructors/tokens", admin, "{\"name\": \"ines\"}")
                .get("token")
                .asText();
        expect(401, "GET", "/api/v1/projects", null, null);
        expect(403, "POST", "/api/v1/instructors/tokens", ada, "{\"name\": \"x\"}");

        JsonNode ready = expect(200, "GET", "/api/v1/learners/{learnerId}/projects/{slug}/ready?limit=3", ada, null);
        values.put("taskId", ready.get("tasks").get(0).get("id").asText());
        expect(200, "GET", "/api/v1/learners/{learnerId}/projects/{slug}/ready?containers=true", ines, null);
        JsonNode blocked = expect(200, "GET", "/api/v1/learners/{learnerId}/projects/{slug}/blocked", ada, null);
        expect(200, "GET", "/api/v1/learners/{learnerId}/projects/{slug}/tree", ada, null);
        expect(200, "GET", "/api/v1/learners/{learnerId}/projects/{slug}/progress", ada, null);
        expect(200, "GET", "/api/v1/learners/{learnerId}/tasks/{taskId}", ada, null);
        expect(200, "GET", "/api/v1/learners/{learnerId}/tasks/{taskId}/context", ada, null);
        expect(400, "GET", "/api/v1/learners/{learnerId}/projects/{slug}/ready?limit=0", ada, null);
        expect(200, "GET", "/api/v1/learners/{learnerId}/projects/{slug}/ready?task_type=epic", ada, null);
        expect(400, "GET", "/api/v1/learners/{learnerId}/projects/{slug}/ready?task_type=project", ada, null);

        expect(200, "POST", "/api/v1/learners/{learnerId}/tasks/{taskId}/start", ada, "");
        expect(
                201,
                "POST",
                "/api/v1/learners/{learnerId}/tasks/{taskId}/submissions",
                ada,
                "{\"content\": \"read it\", \"result\": {\"ok\": true}}");
        expect(422, "POST", "/api/v1/learners/{learnerId}/tasks/{taskId}/submissions", ada, "{}");
        expect(200, "GET", "/api/v1/learners/{learnerId}/tasks/{taskId}/submissions", ada, null);
        values.put(
                "submissionId",
                expect(200, "GET", "/api/v1/learners/{learnerId}/tasks/{taskId}/submissions", ines, null)
                        .get(0)
                        .get("submission_id")
                        .asText());
        String review = "/api/v1/learners/{learnerId}/submissions/{submissionId}/review";
        expect(200, "POST", review, ines, "{\"passed\": true, \"grade\": 0.9, \"feedback\": \"Well argued.\"}");
        expect(422, "POST", review, ines, "{\"passed\": \"yes\", \"grade\": 2}");
        expect(403, "POST", review, ada, "{\"passed\": true, \"feedback\": \"mine\"}");
        expect(
                201,
                "POST",
                "/api/v1/learners/{learnerId}/tasks/{taskId}/help",
                ada,
                "{\"message\": \"why not passed?\", \"submission_id\": " + values.get("submissionId") + "}");
        expect(
                422,
                "POST",
                "/api/v1/learners/{learnerId}/tasks/{taskId}/help",
                ada,
                "{\"message\": \"x\", \"submission_id\": 999999}");
        expect(200, "GET", "/api/v1/learners/{learnerId}/tasks/{taskId}", ada, null);
        expect(409, "POST", "/api/v1/learners/{learnerId}/tasks/{taskId}/complete", ada, "{}");
        expect(200, "POST", "/api/v1/learners/{learnerId}/tasks/{taskId}/reopen", ada, "{\"reason\": \"again\"}");
        expect(200, "POST", "/api/v1/learners/{learnerId}/tasks/{taskId}/block", ada, "{\"reason\": \"away\"}");
        expect(200, "POST", "/api/v1/learners/{learnerId}/tasks/{taskId}/unblock", ada, "{\"reason\": \"back\"}");
        expect(200, "POST", "/api/v1/learners/{learnerId}/tasks/{taskId}/complete", ada, "{\"reason\": \"done\"}");

        expect(201, "POST", "/api/v1/learners/{learnerId}/tasks/{taskId}/comments", ada, "{\"text\": \"mine\"}");
        expect(201, "POST", "/api/v1/tasks/{taskId}/comments", ines, "{\"text\": \"for all\"}");
        expect(200, "GET", "/api/v1/learners/{learnerId}/tasks/{taskId}/comments", ada, null);
        values.put(
                "helpId",
                expect(201, "POST", "/api/v1/learners/{learnerId}/tasks/{taskId}/help", ada, "{\"message\": \"stuck\"}")
                        .get("id")
                        .asText());
        expect(200, "GET", "/api/v1/learners/{learnerId}/help", ada, null);
        expect(200, "GET", "/api/v1/projects/{slug}/help", ines, null);
        expect(200, "POST", "/api/v1/learners/{learnerId}/help/{helpId}/resolve", ines, "{\"answer\": \"try this\"}");
        expect(409, "POST", "/api/v1/learners/{learnerId}/help/{helpId}/resolve", ines, "{\"answer\": \"again\"}");
        expect(201, "POST", "/api/v1/learners/{learnerId}/tasks/{taskId}/notes", ada, "{\"text\": \"halfway\"}");
        expect(200, "GET", "/api/v1/learners/{learnerId}/tasks/{taskId}/notes", ada, null);
        expect(200, "GET", "/api/v1/learners/{learnerId}/events?limit=10", ada, null);
        String memory = "/api/v1/learners/{learnerId}/memory";
        values.put(
                "observationId",
                expect(
                                201,
                                "POST",
                                memory + "/observations",
                                ada,
                                "{\"text\": \"likes maps\", " + "\"scope\": \"project\", \"project_id\": \"" + SLUG
                                        + "\"}")
                        .get("id")
                        .asText());
        expect(201, "POST", memory + "/observations", admin, "{\"text\": \"answers fast\", \"context\": \"chat\"}");
        expect(422, "POST", memory + "/observations", ada, "{\"text\": \"x\", \"scope\": \"team\"}");
        expect(404, "POST", memory + "/observations", ada, "{\"text\": \"x\", \"project_id\": \"no-such\"}");
        expect(200, "PATCH", memory + "/profile", ada, "{\"name\": \"Ada\", \"strengths\": [\"SQL\", \"maps\"]}");
        expect(422, "PATCH", memory + "/profile", ada, "{\"strengths\": \"SQL\", \"age\": 9}");
        expect(200, "GET", memory, ada, null);
        expect(403, "GET", memory, ines, null);
        String sql = "/api/v1/learners/{learnerId}/projects/{slug}/sql";
        expect(200, "POST", sql, ada, "{\"query\": \"SELECT * FROM location LIMIT 5\"}");
        expect(422, "POST", sql, ada, "{\"query\": \"DROP TABLE visits\"}");
        expect(200, "GET", "/api/v1/learners/{learnerId}/projects/{slug}/database", ines, null);
        expect(200, "POST", "/api/v1/learners/{learnerId}/projects/{slug}/database/reset", ada, "");
        expect(200, "GET", "/api/v1/learners/{learnerId}/tasks/{taskId}/context", ada, null);
        expect(200, "DELETE", memory + "/profile?field=strengths", ada, null);
        expect(400, "DELETE", memory + "/profile?field=age", ada, null);
        expect(204, "DELETE", memory + "/observations/{observationId}", ada, null);
        expect(404, "DELETE", memory + "/observations/{observationId}", ada, null);
        expect(204, "DELETE", memory, ada, null);

        expect(200, "GET", "/api/v1/tools", ada, null);
        expect(200, "GET", "/api/v1/tools?format=openai", ines, null);
        expect(400, "GET", "/api/v1/tools?format=yaml", ada, null);
        String tool = "/api/v1/learners/{learnerId}/tools/{name}";
        values.put("name", "get_ready");
        String next = expect(200, "POST", tool, ada, "{\"project_id\": \"" + SLUG + "\", \"limit\": 1}")
                .at("/structured_content/tasks/0/id")
                .asText();
        values.put("name", "submit");
        JsonNode failed = expect(200, "POST", tool, ada, "{\"task_id\": \"" + next + "\", \"content\": \" \"}");
        assertThat(failed.at("/structured_content/validation/passed").asBoolean(true))
                .as("a blank answer fails")
                .isFalse();
        assertThat(expect(200, "POST", tool, ada, "{\"content\": 3}")
                        .get("is_error")
                        .asBoolean())
                .isTrue();
        expect(400, "POST", tool, ada, "{not json");
        expect(403, "POST", tool, ines, "{}");
        values.put("name", "drop_tables");
        expect(404, "POST", tool, ada, "{}");

        expect(200, "GET", "/api/v1/projects/{slug}/cohort", ines, null);
        expect(403, "GET", "/api/v1/projects/{slug}/cohort", ada, null);
        expect(404, "GET", "/api/v1/projects/{slug}/cohort?version=99", admin, null);
        JsonNode stuck = expect(200, "GET", "/api/v1/projects/{slug}/stuck?hours=1&failures=1", ines, null);
        assertThat(stuck.get("stuck")).as("ada's failed submission").isNotEmpty();
        expect(400, "GET", "/api/v1/projects/{slug}/stuck?failures=0", ines, null);
        expect(
                200,
                "PATCH",
                "/api/v1/tasks/{taskId}",
                admin,
                "{\"description\": \"Read it twice.\", \"tutor_guidance\": {\"tone\": \"warm\"}, \"content\": null}");
        expect(422, "PATCH", "/api/v1/tasks/{taskId}", admin, "{\"title\": null, \"colour\": \"red\"}");
        expect(403, "PATCH", "/api/v1/tasks/{taskId}", ines, "{\"description\": \"mine\"}");

        Map<String, String> accept = Map.of("Accept", "application/json, text/event-stream");
        expect(200, "POST", "/mcp", ada, INITIALIZE, accept);
        String session = last.header("Mcp-Session-Id");
        assertThat(session).as("the session of initialize").isNotBlank();
        Map<String, String> inSession = Map.of(
                "Accept",
                "application/json, text/event-stream",
                "Mcp-Session-Id",
                session,
                "MCP-Protocol-Version",
                "2025-06-18");
        expect(
                202,
                "POST",
                "/mcp",
                ada,
                "{\"jsonrpc\": \"2.0\", \"method\": \"notifications/initialized\"}",
                inSession);
        expect(200, "POST", "/mcp", ada, "{\"jsonrpc\": \"2.0\", \"id\": 2, \"method\": \"tools/list\"}", inSession);
        assertThat(last.contentType()).startsWith("text/event-stream");
        expect(400, "POST", "/mcp", ada, "{\"jsonrpc\": \"2.0\", \"id\": 3, \"method\": \"tools/list\"}", accept);
        expect(400, "POST", "/mcp", ada, "{not json", inSession);
        expect(
                415,
                "POST",
                "/mcp",
                ada,
                INITIALIZE,
                Map.of("Accept", "application/json, text/event-stream", "Content-Type", "text/plain"));
        expect(401, "POST", "/mcp", null, INITIALIZE, accept);
        expect(403, "POST", "/mcp", ines, INITIALIZE, accept);
        expect(400, "GET", "/mcp", ada, null, Map.of("Accept", "text/event-stream"));
        expect(
                404,
                "GET",
                "/mcp",
                ada,
                null,
                Map.of("Accept", "text/event-stream", "Mcp-Session-Id", "no-such-session"));
        expect(200, "DELETE", "/mcp", ada, null, inSession);
        expect(404, "DELETE", "/mcp", ada, null, inSession);

        values.put("taskId", blocked.get(blocked.size() - 1).get("id").asText());
        JsonNode conflict = expect(409, "POST", "/api/v1/learners/{learnerId}/tasks/{taskId}/start", ada, "");
        assertThat(conflict.get("blocked_by")).isNotEmpty();
        values.put("learnerId", "nobody");
        expect(404, "GET", "/api/v1/learners/{learnerId}/tasks/{taskId}", admin, null);
        values.put("learnerId", "ada");
        expect(201, "POST", "/api/v1/learners", admin, "{\"id\": \"bob\"}");
        expect(403, "GET", "/api/v1/learners/{learnerId}/tasks/{taskId}", token("bob"), null);

        values.put("file", "swagger-ui.css");
        expect(200, "GET", "/health", null, null);
        expect(200, "GET", "/metrics", null, null);
        expect(200, "GET", "/openapi.json", null, null);
        expect(200, "GET", "/docs", null, null);
        expect(200, "GET", "/docs/{file}", null, null);
        values.put("file", "nothing.js");
        expect(404, "GET", "/docs/{file}", null, null);

        assertThat(problems).isEmpty();
    }

    private static String curriculum(String slug) {
        return new String(Fixtures.curriculum(slug), StandardCharsets.UTF_8);
    }

    private String token(String learner) {
        return server.http
                .post("/api/v1/learners/" + learner + "/tokens", ADMIN_TOKEN, "")
                .json()
                .get("token")
                .asText();
    }

    /** Calls the template with {@link #values} filled in, checks the status and the documented shape. */
    private JsonNode expect(int status, String method, String templateAndQuery, String token, String body) {
        return expect(status, method, templateAndQuery, token, body, Map.of());
    }

    private JsonNode expect(
            int status,
            String method,
            String templateAndQuery,
            String token,
            String body,
            Map<String, String> headers) {
        int query = templateAndQuery.indexOf('?');
        String template = query < 0 ? templateAndQuery : templateAndQuery.substring(0, query);
        String path = templateAndQuery;
        for (Map.Entry<String, String> value : values.entrySet())
            path = path.replace("{" + value.getKey() + "}", value.getValue());
        Response response = !headers.isEmpty()
                ? server.http.send(method, path, token, body, headers)
                : method.equals("GET") ? server.http.get(path, token) : server.http.send(method, path, token, body);
        last = response;
        assertThat(response.status())
                .as(method + " " + path + ": " + response.text())
                .isEqualTo(status);
        problems.addAll(documented.problems(method, template, response));
        return response.json();
    }
}
