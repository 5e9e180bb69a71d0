package dev.ltt.server.testing;

import static org.assertj.core.api.Assertions.assertThat;

import io.modelcontextprotocol.client.McpSyncClient;
import io.modelcontextprotocol.spec.McpSchema.CallToolRequest;
import io.modelcontextprotocol.spec.McpSchema.CallToolResult;
import io.modelcontextprotocol.spec.McpSchema.TextContent;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Plays an agent over an MCP client: calls tools by name and reads their structured content, and walks a
 * project to its end with tool calls only. Works the same over any transport.
 */
public final class McpAgent {
    public static final List<String> TOOL_NAMES = List.of(
            "list_projects",
            "get_ready",
            "show_task",
            "get_context",
            "start_task",
            "submit",
            "complete_task",
            "go_back",
            "add_comment",
            "get_comments",
            "request_help",
            "get_progress",
            "remember",
            "update_profile",
            "run_sql");
    private final McpSyncClient client;

    public McpAgent(McpSyncClient client) {
        this.client = client;
    }

    /** Calls a tool; the arguments alternate name and value. */
    public CallToolResult call(String tool, Object... arguments) {
        Map<String, Object> args = new LinkedHashMap<>();
        for (int i = 0; i < arguments.length; i += 2) args.put((String) arguments[i], arguments[i + 1]);
        return client.callTool(new CallToolRequest(tool, args));
    }

    /** Calls a tool that must succeed, and returns its structured content. */
    public Map<String, Object> ok(String tool, Object... arguments) {
        CallToolResult result = call(tool, arguments);
        assertThat(result.isError()).as("%s failed: %s", tool, text(result)).isNotEqualTo(Boolean.TRUE);
        assertThat(text(result)).as("the text rendering of " + tool).isNotBlank();
        return structured(result);
    }

    /** Calls a tool that must fail, and returns its error code. */
    public String error(String tool, Object... arguments) {
        CallToolResult result = call(tool, arguments);
        assertThat(result.isError())
                .as("%s should fail: %s", tool, text(result))
                .isTrue();
        assertThat(result.structuredContent())
                .as("an error result carries no structured content")
                .isNull();
        String code = (String) error(result).get("code");
        assertThat(text(result)).startsWith(code + ": ");
        return code;
    }

    /** The details of an error result: {@code _meta["dev.ltt/error"]}, i.e. {@code {code, message, errors?, blocked_by?}}. */
    @SuppressWarnings("unchecked")
    public static Map<String, Object> error(CallToolResult result) {
        assertThat(result.meta()).as("_meta of an error result").containsKey("dev.ltt/error");
        return (Map<String, Object>) result.meta().get("dev.ltt/error");
    }

    @SuppressWarnings("unchecked")
    public static Map<String, Object> structured(CallToolResult result) {
        assertThat(result.structuredContent()).as("structured content").isInstanceOf(Map.class);
        return (Map<String, Object>) result.structuredContent();
    }

    public static String text(CallToolResult result) {
        return result.content().stream()
                .filter(TextContent.class::isInstance)
                .map(c -> ((TextContent) c).text())
                .reduce("", String::concat);
    }

    /**
     * Takes the first ready task again and again until nothing is ready: reads it with show_task, closes it with
     * complete_task when it needs no submission, else submits work that satisfies its check (the expected
     * output of a python_output check echoed as the program's output). Returns the ids closed, in order.
     */
    @SuppressWarnings("unchecked")
    public List<String> walkToTheEnd(String projectId) {
        List<String> closed = new ArrayList<>();
        for (int step = 0; step < 1000; step++) {
            List<Map<String, Object>> ready = (List<Map<String, Object>>)
                    ok("get_ready", "project_id", projectId).get("tasks");
            if (ready.isEmpty()) return closed;
            String id = (String) ready.get(0).get("id");
            Map<String, Object> task = ok("show_task", "task_id", id);
            if (Boolean.FALSE.equals(task.get("requires_submission"))) {
                assertThat(ok("complete_task", "task_id", id).get("status")).isEqualTo("closed");
            } else {
                Map<String, Object> submitted = ok(
                        "submit",
                        "task_id",
                        id,
                        "content",
                        "print('done')",
                        "submission_type",
                        "code",
                        "result",
                        Map.of("output", expectedOutput(task), "errors", ""));
                Map<String, Object> validation = (Map<String, Object>) submitted.get("validation");
                assertThat(validation.get("passed"))
                        .as("validation of %s: %s", id, validation.get("feedback"))
                        .isEqualTo(true);
                assertThat(submitted.get("status")).isEqualTo("closed");
            }
            closed.add(id);
        }
        throw new AssertionError("the walk of " + projectId + " did not end after 1000 steps");
    }

    @SuppressWarnings("unchecked")
    private static String expectedOutput(Map<String, Object> task) {
        Object extra = task.get("extra");
        if (!(extra instanceof Map<?, ?> map) || !(map.get("validation") instanceof Map<?, ?> validation))
            return "done";
        if (!(validation.get("expected") instanceof Map<?, ?> expected)) return "done";
        Object contains = expected.get("output_contains");
        if (!(contains instanceof List<?> parts) || parts.isEmpty()) return "done";
        return String.join("\n", (List<String>) parts);
    }
}
