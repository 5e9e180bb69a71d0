package dev.ltt.server.tools;

import com.fasterxml.jackson.databind.node.ObjectNode;

/**
 * What a client sees of one tool: its name, a description written for a model (what it does, when to use
 * it, what comes back), and the JSON Schemas of its input and of its structured output. {@code readOnly}
 * tools change nothing. The schemas are shared: callers must not modify them.
 */
public record ToolSpec(
        String name, String description, ObjectNode inputSchema, ObjectNode outputSchema, boolean readOnly) {}
