package dev.ltt.server.tools;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.networknt.schema.Error;
import com.networknt.schema.Schema;
import com.networknt.schema.SchemaRegistry;
import com.networknt.schema.SpecificationVersion;
import com.networknt.schema.path.NodePath;
import dev.ltt.error.FieldError;
import dev.ltt.error.InvalidInputException;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * A tool's input schema compiled once, and the arguments of one call checked against it: every problem is
 * reported at once as an {@link InvalidInputException} with the argument's path and what to send instead.
 * Thread-safe.
 */
final class ToolInput {
    private static final SchemaRegistry REGISTRY =
            SchemaRegistry.withDefaultDialect(SpecificationVersion.DRAFT_2020_12);
    private final String tool;
    private final Schema schema;

    ToolInput(String tool, ObjectNode inputSchema) {
        this.tool = tool;
        this.schema = REGISTRY.getSchema(inputSchema);
    }

    /** The arguments as an object, once they match the schema; absent arguments are {}. */
    Arguments check(JsonNode arguments) {
        JsonNode args = arguments == null || arguments.isNull() || arguments.isMissingNode()
                ? dev.ltt.json.Json.object()
                : arguments;
        Map<String, FieldError> byPath = new LinkedHashMap<>();
        for (Error error : schema.validate(args)) {
            FieldError problem = explain(error);
            byPath.putIfAbsent(problem.path(), problem);
        }
        if (!byPath.isEmpty()) {
            throw new InvalidInputException(
                    "the arguments do not fit the input schema of " + tool + "; fix them " + "and call it again",
                    List.copyOf(byPath.values()));
        }
        return new Arguments((ObjectNode) args);
    }

    private static FieldError explain(Error error) {
        String keyword = error.getKeyword() == null ? "" : error.getKeyword();
        String path = path(error.getInstanceLocation());
        String property = error.getProperty();
        return switch (keyword) {
            case "required" -> new FieldError(property, property + " is required");
            case "additionalProperties" ->
                new FieldError(
                        property == null ? path : join(path, property),
                        "unknown argument: see the tool's input schema for the ones it takes");
            case "pattern" -> new FieldError(path, patternHint(path));
            default -> new FieldError(path, plain(error.getMessage()));
        };
    }

    private static String patternHint(String path) {
        if (path.endsWith("task_id")) {
            return "must be a task id such as python-fundamentals@v1.1.1.1: use an id from get_ready or show_task";
        }
        if (path.endsWith("project_id")) return "must be a project slug such as python-fundamentals: see list_projects";
        if (path.endsWith("submission_type")) return "must be a short lower-case word such as text, code or sql";
        return "cannot be blank: write what you mean";
    }

    private static String path(NodePath location) {
        StringBuilder path = new StringBuilder();
        for (int i = 0; i < location.getNameCount(); i++) {
            Object element = location.getElement(i);
            if (element instanceof Integer index) path.append('[').append(index).append(']');
            else path.append(path.length() == 0 ? "" : ".").append(element);
        }
        return path.length() == 0 ? "$" : path.toString();
    }

    private static String join(String path, String property) {
        return path.equals("$") ? property : path + "." + property;
    }

    /** The validator's message without its leading "$.field: " location, which the path already says. */
    private static String plain(String message) {
        int colon = message.indexOf(": ");
        return message.startsWith("$") && colon > 0 ? message.substring(colon + 2) : message;
    }
}
