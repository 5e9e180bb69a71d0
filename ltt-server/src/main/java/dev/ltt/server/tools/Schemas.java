package dev.ltt.server.tools;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.ltt.json.Json;

/**
 * A small builder for the JSON Schemas of the tools, so the shapes shared by several tools (a ready task, a
 * status change, a task's detail) are written once. Every call returns a new node; nothing is shared mutably.
 */
final class Schemas {
    static final String TASK_ID_PATTERN = "^[a-z0-9][a-z0-9_-]{0,63}@v[0-9]{1,7}(\\.[0-9]{1,6}){0,12}$";
    static final String SLUG_PATTERN = "^[a-z0-9][a-z0-9_-]{0,63}$";

    private Schemas() {}

    /** An object schema; {@code properties} alternate name and schema; {@code required} lists names. */
    static ObjectNode object(String description, String[] required, Object... properties) {
        ObjectNode schema = Json.object().put("type", "object");
        if (description != null) schema.put("description", description);
        ObjectNode props = schema.putObject("properties");
        for (int i = 0; i < properties.length; i += 2) props.set((String) properties[i], (JsonNode) properties[i + 1]);
        ArrayNode req = schema.putArray("required");
        for (String name : required) req.add(name);
        return schema;
    }

    /** The input of a tool: an object that takes exactly these properties. */
    static ObjectNode input(String[] required, Object... properties) {
        return object(null, required, properties).put("additionalProperties", false);
    }

    static String[] required(String... names) {
        return names;
    }

    static ObjectNode string(String description) {
        return typed("string", description);
    }

    static ObjectNode nullableString(String description) {
        return nullable("string", description);
    }

    static ObjectNode integer(String description) {
        return typed("integer", description);
    }

    static ObjectNode nullableInteger(String description) {
        return nullable("integer", description);
    }

    static ObjectNode number(String description) {
        return typed("number", description);
    }

    static ObjectNode bool(String description) {
        return typed("boolean", description);
    }

    static ObjectNode arrayOf(String description, ObjectNode items) {
        ObjectNode schema = typed("array", description);
        schema.set("items", items);
        return schema;
    }

    /** Any JSON value (free-form template data such as tutor guidance). */
    static ObjectNode any(String description) {
        ObjectNode schema = Json.object();
        if (description != null) schema.put("description", description);
        return schema;
    }

    static ObjectNode orNull(ObjectNode schema) {
        ArrayNode types =
                Json.MAPPER.createArrayNode().add(schema.get("type").asText()).add("null");
        return schema.deepCopy().set("type", types);
    }

    static ObjectNode taskId(String description) {
        return string(description).put("pattern", TASK_ID_PATTERN).put("maxLength", 200);
    }

    static ObjectNode projectId() {
        return string("The project's slug, as list_projects returns it (project_id), e.g. \"python-fundamentals\".")
                .put("pattern", SLUG_PATTERN);
    }

    /** Free text that must say something: not empty, not only spaces. */
    static ObjectNode text(String description, int maxLength) {
        return string(description)
                .put("minLength", 1)
                .put("maxLength", maxLength)
                .put("pattern", "\\S");
    }

    static ObjectNode limit(String description, int defaultValue, int maximum) {
        return integer(description).put("minimum", 1).put("maximum", maximum).put("default", defaultValue);
    }

    private static ObjectNode typed(String type, String description) {
        ObjectNode schema = Json.object().put("type", type);
        if (description != null) schema.put("description", description);
        return schema;
    }

    private static ObjectNode nullable(String type, String description) {
        ObjectNode schema = Json.object();
        schema.putArray("type").add(type).add("null");
        if (description != null) schema.put("description", description);
        return schema;
    }
}
