package dev.ltt.validation;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.List;

/**
 * Reads the result a client reports after running the learner's SQL itself:
 * {@code {"columns": [...], "row_count": N, "rows": [...], "rows_affected": N, "error": "..."}}, every field
 * optional. {@code rows} (an array) is counted when {@code row_count} is absent, and its first object's keys
 * give the columns when {@code columns} is absent. {@code errors} and {@code stderr} are accepted for
 * {@code error}. Stateless.
 */
final class ReportedSqlResult {
    private ReportedSqlResult() {}

    /** The observation, or null when the result reports nothing a check could use. */
    static SqlObservation observe(JsonNode result) {
        if (result == null || !result.isObject()) return null;
        JsonNode rows = result.get("rows");
        List<String> columns = columns(result.get("columns"), rows);
        Long rowCount = count(result.get("row_count"));
        if (rowCount == null && rows != null && rows.isArray()) rowCount = (long) rows.size();
        Long affected = count(result.get("rows_affected"));
        Boolean changed = affected == null ? null : affected > 0;
        if (columns == null && rowCount == null && changed == null) return null;
        return new SqlObservation(columns, rowCount, false, changed);
    }

    /** The error the client reported running the SQL, or null when there was none. */
    static String error(JsonNode result) {
        if (result == null || !result.isObject()) return null;
        for (String name : List.of("error", "errors", "stderr")) {
            JsonNode node = result.get(name);
            if (node != null && node.isTextual() && !node.asText().isBlank())
                return node.asText().strip();
        }
        return null;
    }

    private static List<String> columns(JsonNode columns, JsonNode rows) {
        List<String> names = new ArrayList<>();
        if (columns != null && columns.isArray()) {
            columns.forEach(c -> names.add(c.isObject() ? c.path("name").asText() : c.asText()));
            return names;
        }
        if (rows != null && rows.isArray() && !rows.isEmpty() && rows.get(0).isObject()) {
            rows.get(0).fieldNames().forEachRemaining(names::add);
            return names;
        }
        return null;
    }

    private static Long count(JsonNode node) {
        return node != null && node.canConvertToLong() && node.isIntegralNumber() && node.longValue() >= 0
                ? node.longValue()
                : null;
    }
}
