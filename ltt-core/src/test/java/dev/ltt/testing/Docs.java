package dev.ltt.testing;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.ltt.json.Json;

/**
 * A tiny builder for curriculum documents in tests: {@code project("s", 1, epic("E", task("T")))}. Nodes are
 * plain Jackson objects, so a test can add any key (known or not) with {@link #with}.
 */
public final class Docs {
    private Docs() {}

    /** A project titled "Project &lt;slug&gt;" with the given epics. */
    public static ObjectNode project(String slug, int version, ObjectNode... epics) {
        ObjectNode doc = Json.object()
                .put("title", "Project " + slug)
                .put("project_id", slug)
                .put("version", version);
        return children(doc, "epics", epics);
    }

    public static ObjectNode epic(String title, ObjectNode... tasks) {
        return children(Json.object().put("title", title), "tasks", tasks);
    }

    /** A task or a subtask: both list their children under {@code subtasks}. */
    public static ObjectNode task(String title, ObjectNode... subtasks) {
        return children(Json.object().put("title", title), "subtasks", subtasks);
    }

    /** Adds blocking dependencies by title. */
    public static ObjectNode dependsOn(ObjectNode node, String... titles) {
        ArrayNode list =
                node.has("dependencies") ? (ArrayNode) node.get("dependencies") : node.putArray("dependencies");
        for (String title : titles) list.add(title);
        return node;
    }

    /** Sets {@code key} to {@code value} (a String, Integer, Boolean, JsonNode or null) and returns the node. */
    public static ObjectNode with(ObjectNode node, String key, Object value) {
        node.set(key, value instanceof JsonNode json ? json : Json.MAPPER.valueToTree(value));
        return node;
    }

    /** Parses JSON written with single quotes for readability: {@code json("{'a': 1}")}. */
    public static JsonNode json(String singleQuoted) {
        return Json.parse(singleQuoted.replace('\'', '"'));
    }

    public static byte[] bytes(JsonNode doc) {
        return Json.utf8(Json.write(doc));
    }

    private static ObjectNode children(ObjectNode node, String key, ObjectNode[] children) {
        if (children.length == 0) return node;
        ArrayNode list = node.putArray(key);
        for (ObjectNode child : children) list.add(child);
        return node;
    }
}
