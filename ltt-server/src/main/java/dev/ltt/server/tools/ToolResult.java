package dev.ltt.server.tools;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.ltt.error.FieldError;
import dev.ltt.error.Kind;
import dev.ltt.error.LttException;
import dev.ltt.json.Json;

/**
 * The outcome of one tool call, as every door returns it: the structured content (the use-case's record in
 * snake_case JSON, or on error {@code {code, message, errors?, blocked_by?}}) and a short text rendering of
 * it for a model. An error is a result like any other ({@code isError}), never a transport failure.
 */
public record ToolResult(boolean isError, ObjectNode structuredContent, String text) {

    static ToolResult success(ObjectNode content, String text) {
        return new ToolResult(false, content, text);
    }

    /** An error result carrying the domain error's code, message and details. */
    public static ToolResult failure(LttException e) {
        String code = code(e.kind());
        ObjectNode content = Json.object().put("code", code).put("message", e.getMessage());
        StringBuilder text = new StringBuilder(code).append(": ").append(e.getMessage());
        if (!e.errors().isEmpty()) {
            ArrayNode errors = content.putArray("errors");
            for (FieldError fe : e.errors()) {
                errors.addObject().put("path", fe.path()).put("message", fe.message());
                text.append("\n- ").append(fe.path()).append(": ").append(fe.message());
            }
        }
        if (e.kind() == Kind.BLOCKED) {
            ArrayNode ids = content.putArray("blocked_by");
            e.blockedBy().forEach(ids::add);
        }
        return new ToolResult(true, content, text.toString());
    }

    /** The tool door's one mapping of the error kinds to result codes (exhaustive: a new kind must be added here). */
    public static String code(Kind kind) {
        return switch (kind) {
            case INVALID_INPUT -> "INVALID_INPUT";
            case NOT_FOUND -> "NOT_FOUND";
            case CONFLICT -> "CONFLICT";
            case INVALID_STATE -> "INVALID_STATE";
            case BLOCKED -> "BLOCKED";
            case FORBIDDEN -> "FORBIDDEN";
            case UNAUTHENTICATED -> "UNAUTHENTICATED";
            case UNAVAILABLE -> "UNAVAILABLE";
        };
    }

    static ToolResult internal() {
        String message =
                "LTT could not finish this call; it has been logged. Try again, or continue with another task.";
        return new ToolResult(
                true, Json.object().put("code", "INTERNAL").put("message", message), "INTERNAL: " + message);
    }

    /** The error code of an error result (NOT_FOUND, INVALID_INPUT, ...), or null for a success. */
    public String code() {
        return isError ? structuredContent.path("code").asText(null) : null;
    }
}
