package dev.ltt.testing;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.fasterxml.jackson.databind.node.TextNode;
import dev.ltt.json.Json;
import dev.ltt.template.BloomLevel;
import java.util.ArrayList;
import java.util.List;

/**
 * A random valid curriculum built from {@link Decisions}: a tree up to depth 4 with unique titles, random
 * optional fields and unknown keys, and acyclic dependencies that only name earlier nodes that are not
 * ancestors. {@link #nodes()} lists the nodes in document order, so corruptions can find their way back.
 */
public final class RandomCurriculum {
    /** One node: where it sits (a JSON pointer and the path errors use), its parent (index) and its title. */
    public record Node(int index, int parent, int depth, String pointer, String path, String title) {}

    static final int MAX_NODES = 60;
    private static final List<String> WORDS = List.of("Read", "Explore", "Query", "Write", "Review", "Plan", "Build");
    private static final List<String> DECORATIONS = List.of(
            "",
            "",
            " (part two)",
            " ✓ Ünïcödé",
            " 🎉",
            " \"quoted\" & 'single'",
            " back\\slash",
            " 日本語",
            " שלום",
            "  ",
            " tab\there",
            " e\u0301",
            " line\nbreak");
    private static final List<String> TEXTS = List.of(
            "Plain text.",
            "",
            "Line one\nLine two",
            "# Markdown\n\n- item",
            "Ünïcödé ✓ 🎉",
            "<b>bold</b> &amp; more",
            "  padded  ",
            "\"quotes\" and \\backslashes\\");
    private static final List<String> VALUES = List.of(
            "1",
            "-2.5",
            "true",
            "false",
            "null",
            "\"text\"",
            "[1, \"two\", null]",
            "{\"nested\": {\"deep\": [1, 2]}}",
            "12345678901234567890",
            "{}",
            "[]",
            "0.125");
    private static final List<String> UNKNOWN_KEYS =
            List.of("x_custom", "checks", "validation", "hints", "x-dashed key");

    private final Decisions decisions;
    private final List<Node> nodes = new ArrayList<>();
    private final List<ObjectNode> objects = new ArrayList<>();
    private final ObjectNode document;

    private RandomCurriculum(Decisions decisions) {
        this.decisions = decisions;
        this.document = node(-1, 0, "", "");
        addDependencies();
    }

    public static RandomCurriculum generate(Decisions decisions) {
        return new RandomCurriculum(decisions);
    }

    /** A copy of the document under the given identity. */
    public ObjectNode document(String slug, int version) {
        return document.deepCopy().put("project_id", slug).put("version", version);
    }

    public List<Node> nodes() {
        return nodes;
    }

    public boolean isAncestor(int candidate, int of) {
        for (int p = nodes.get(of).parent(); p >= 0; p = nodes.get(p).parent()) {
            if (p == candidate) return true;
        }
        return false;
    }

    /** The document as export writes it: a blocking dependency written as an object becomes its title. */
    public static ObjectNode asExported(ObjectNode document) {
        ObjectNode copy = document.deepCopy();
        plainDependencies(copy);
        return copy;
    }

    @Override
    public String toString() {
        return Json.write(document);
    }

    private ObjectNode node(int parent, int depth, String pointer, String path) {
        int index = nodes.size();
        String title = (depth == 0 ? "Course" : decisions.oneOf(WORDS)) + " " + index + decisions.oneOf(DECORATIONS);
        ObjectNode node = Json.object().put("title", title);
        nodes.add(new Node(index, parent, depth, pointer, path, title));
        objects.add(node);
        optionalFields(node, depth);
        String key = depth == 0 ? "epics" : depth == 1 ? "tasks" : "subtasks";
        int count = depth == 0 ? 1 + decisions.pick(4) : depth >= 4 ? 0 : decisions.pick(depth == 1 ? 4 : 3);
        if (count == 0 && depth > 0 && decisions.chance(6)) node.putArray(key);
        for (int i = 0; i < count && nodes.size() < MAX_NODES; i++) {
            ArrayNode list = node.has(key) ? (ArrayNode) node.get(key) : node.putArray(key);
            list.add(node(
                    index,
                    depth + 1,
                    pointer + "/" + key + "/" + i,
                    (path.isEmpty() ? "" : path + ".") + key + "[" + i + "]"));
        }
        return node;
    }

    private void optionalFields(ObjectNode node, int depth) {
        if (decisions.chance(3)) node.put("description", decisions.oneOf(TEXTS));
        if (decisions.chance(5)) node.put("content", decisions.oneOf(TEXTS));
        if (decisions.chance(5)) node.put("acceptance_criteria", decisions.oneOf(TEXTS));
        if (decisions.chance(4)) node.put("priority", decisions.pick(5));
        if (decisions.chance(4)) node.put("estimated_minutes", decisions.pick(600));
        if (depth == 0 && decisions.chance(3)) node.put("narrative_context", decisions.oneOf(TEXTS));
        if (depth == 0 && decisions.chance(3)) node.put("workspace_type", decisions.oneOf(List.of("sql", "python")));
        if (depth > 0 && decisions.chance(5))
            node.put("subtask_type", decisions.oneOf(List.of("exercise", "conversational")));
        if (depth > 0 && decisions.chance(6)) node.put("requires_submission", decisions.chance(2));
        if (decisions.chance(6))
            node.set(
                    "tutor_guidance",
                    Json.object()
                            .put("tone", decisions.oneOf(TEXTS))
                            .set("hints", Json.MAPPER.createArrayNode().add(decisions.oneOf(TEXTS))));
        objectives(node);
        for (int i = decisions.pick(3); i > 0; i--) {
            String key = decisions.oneOf(UNKNOWN_KEYS);
            node.set(key, unknownValue(key));
        }
    }

    private void objectives(ObjectNode node) {
        int count = decisions.pick(8);
        if (count == 7) node.putArray("learning_objectives");
        if (count == 0 || count > 3) return;
        ArrayNode list = node.putArray("learning_objectives");
        for (int i = 0; i < count; i++) {
            ObjectNode objective = list.addObject()
                    .put("level", decisions.oneOf(BloomLevel.keys()))
                    .put("description", "Objective " + i + decisions.oneOf(DECORATIONS));
            if (decisions.chance(3)) objective.set("x_weight", Json.parse(decisions.oneOf(VALUES)));
        }
    }

    private JsonNode unknownValue(String key) {
        return switch (key) {
            case "checks" ->
                Json.parse(
                        "[{\"query\": \"SELECT * FROM t\", \"expect\": {\"row_count\": " + decisions.pick(100) + "}}]");
            case "validation" ->
                Json.parse("{\"type\": \"python_output\", \"expected\": {\"output_contains\": [\"ok\"],"
                        + " \"no_errors\": " + decisions.chance(2) + "}}");
            default -> Json.parse(decisions.oneOf(VALUES));
        };
    }

    /** Each non-root node may name up to two earlier nodes that are not its ancestors, in any accepted form. */
    private void addDependencies() {
        for (int i = 1; i < nodes.size(); i++) {
            List<Integer> candidates = new ArrayList<>();
            for (int j = 1; j < i; j++) if (!isAncestor(j, i)) candidates.add(j);
            int wanted = decisions.chance(3) ? 1 + decisions.pick(2) : 0;
            if (wanted == 0 && decisions.chance(8)) objects.get(i).putArray("dependencies");
            for (int k = 0; k < wanted && !candidates.isEmpty(); k++) {
                String title = nodes.get(candidates.remove(decisions.pick(candidates.size())))
                        .title();
                ObjectNode node = objects.get(i);
                ArrayNode list =
                        node.has("dependencies") ? (ArrayNode) node.get("dependencies") : node.putArray("dependencies");
                switch (decisions.pick(4)) {
                    case 0, 1 -> list.add(title);
                    case 2 -> list.addObject().put("title", title);
                    default ->
                        list.addObject().put("title", title).put("type", decisions.chance(2) ? "blocks" : "related");
                }
            }
        }
    }

    private static void plainDependencies(JsonNode node) {
        if (node.get("dependencies") instanceof ArrayNode list) {
            for (int i = 0; i < list.size(); i++) {
                JsonNode d = list.get(i);
                if (d.isObject() && !"related".equals(d.path("type").asText()))
                    list.set(i, TextNode.valueOf(d.get("title").textValue()));
            }
        }
        for (String key : List.of("epics", "tasks", "subtasks")) {
            if (node.get(key) instanceof ArrayNode children) children.forEach(RandomCurriculum::plainDependencies);
        }
    }
}
