package dev.ltt.server.tools;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;

/** The arguments of one tool call, already checked against the tool's input schema. */
final class Arguments {
    private final ObjectNode json;

    Arguments(ObjectNode json) {
        this.json = json;
    }

    String string(String name) {
        JsonNode value = json.get(name);
        return value == null || value.isNull() ? null : value.asText();
    }

    int integer(String name, int defaultValue) {
        JsonNode value = json.get(name);
        return value == null || value.isNull() ? defaultValue : value.asInt();
    }

    boolean bool(String name, boolean defaultValue) {
        JsonNode value = json.get(name);
        return value == null || value.isNull() ? defaultValue : value.asBoolean();
    }

    JsonNode json(String name) {
        JsonNode value = json.get(name);
        return value == null || value.isNull() ? null : value;
    }
}
