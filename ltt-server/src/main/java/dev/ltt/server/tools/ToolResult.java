package dev.ltt.server.tools;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.ltt.error.BlockedException;
import dev.ltt.error.FieldError;
import dev.ltt.error.InvalidInputException;
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
        ObjectNode content = Json.object().put("code", e.code()).put("message", e.getMessage());
        StringBuilder text = new StringBuilder(e.code()).append(": ").append(e.getMessage());
        if (e instanceof InvalidInputException invalid) {
            ArrayNode errors = content.putArray("errors");
            for (FieldError fe : invalid.errors()) {
                errors.addObject().put("path", fe.path()).put("message", fe.message());
                text.append("\n- ").append(fe.path()).append(": ").append(fe.message());
            }
        }
        if (e instanceof BlockedException blocked) {
            ArrayNode ids = content.putArray("blocked_by");
            blocked.blockedBy().forEach(ids::add);
        }
        return new ToolResult(true, content, text.toString());
    }

    static ToolResult internal() {
        String message = "LTT could not finish this call; it has been logged. Try again, or continue with another task.";
        return new ToolResult(true, Json.object().put("code", "INTERNAL").put("message", message), "INTERNAL: " + message);
    }

    /** The error code of an error result (NOT_FOUND, INVALID_INPUT, ...), or null for a success. */
    public String code() {
        return isError ? structuredContent.path("code").asText(null) : null;
    }
}
