package dev.ltt.server;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.ltt.json.Json;
import java.util.ArrayList;
import java.util.List;

/**
 * Builds the submission a diligent client would send for a task: content, and the {@code result} it got
 * by running the work, made to meet the task's own expectations (SQL {@code checks}, or a
 * {@code python_output} validation). Tasks without either get a plain written answer.
 */
final class Submissions {
    private Submissions() {}

    static ObjectNode passing(JsonNode taskDetail) {
        JsonNode extra = taskDetail.path("extra");
        ObjectNode submission = Json.object();
        if (extra.path("checks").isArray()) {
            submission.put("content", sql(extra.get("checks"))).put("submission_type", "sql");
            submission.set("result", sqlResult(extra.get("checks")));
        } else if (extra.path("validation").path("type").asText().equals("python_output")) {
            List<String> lines = new ArrayList<>();
            extra.path("validation").path("expected").path("output_contains").forEach(s -> lines.add(s.asText()));
            lines.add("done");
            submission
                    .put("content", "print('''" + String.join("\n", lines) + "''')")
                    .put("submission_type", "code");
            submission.set(
                    "result",
                    Json.object().put("output", String.join("\n", lines) + "\n").put("errors", ""));
        } else {
            submission.put(
                    "content", "My answer to \"" + taskDetail.get("title").asText() + "\", in my own words.");
        }
        return submission;
    }

    private static String sql(JsonNode checks) {
        List<String> statements = new ArrayList<>();
        checks.forEach(check -> statements.add(check.path("query").asText() + ";"));
        return String.join("\n", statements);
    }

    /** {"columns": [...], "row_count": N} for queries, {"rows_affected": 1} for statements that change data. */
    private static ObjectNode sqlResult(JsonNode checks) {
        ObjectNode result = Json.object();
        for (JsonNode check : checks) {
            JsonNode expect = check.path("expect");
            if (expect.has("columns") && !result.has("columns")) result.set("columns", expect.get("columns"));
            if (expect.has("row_count"))
                result.put("row_count", expect.get("row_count").asLong());
            else if (expect.has("min_rows")) {
                result.put(
                        "row_count",
                        Math.max(
                                result.path("row_count").asLong(0),
                                expect.get("min_rows").asLong()));
            }
            if (expect.path("modifies").asBoolean(false)) result.put("rows_affected", 1);
        }
        return result;
    }
}
