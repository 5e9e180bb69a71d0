package dev.ltt.testing;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.ltt.json.Json;
import dev.ltt.testing.RandomCurriculum.Node;
import java.util.ArrayList;
import java.util.List;

/**
 * Ways to spoil a valid {@link RandomCurriculum}. Each applies itself to a copy of the document and says which
 * problem ingestion must then report: at which path (null: anywhere) and with which words in the message.
 */
public enum Corruption {
    DUPLICATE_TITLE_THEN_REFERENCE,
    DANGLING_DEPENDENCY,
    CYCLE,
    WRONG_TYPE,
    MISSING_TITLE,
    DEPENDENCY_ON_ANCESTOR;

    /** The problem a corrupted document must be refused with. */
    public record Expected(String path, String words) {}

    private static final List<String[]> WRONG_VALUES = List.of(
            new String[] {"title", "42"},
            new String[] {"priority", "\"high\""},
            new String[] {"priority", "7"},
            new String[] {"estimated_minutes", "\"an hour\""},
            new String[] {"requires_submission", "\"yes\""},
            new String[] {"description", "true"},
            new String[] {"learning_objectives", "\"none\""},
            new String[] {"tutor_guidance", "\"be kind\""},
            new String[] {"subtask_type", "3"},
            new String[] {"dependencies", "\"everything\""},
            new String[] {"learning_objectives", "[{\"level\": \"memorize\", \"description\": \"x\"}]"});

    public Expected apply(RandomCurriculum curriculum, ObjectNode document, Decisions decisions) {
        List<Node> nodes = curriculum.nodes();
        Node any = decisions.oneOf(nodes);
        Node nonRoot = nodes.get(1 + decisions.pick(nodes.size() - 1));
        return switch (this) {
            case DUPLICATE_TITLE_THEN_REFERENCE -> {
                Node twin = nodes.get((any.index() + 1 + decisions.pick(nodes.size() - 1)) % nodes.size());
                object(document, twin).put("title", any.title());
                yield new Expected(addDependency(document, nonRoot, any.title()), "is ambiguous");
            }
            case DANGLING_DEPENDENCY ->
                new Expected(addDependency(document, nonRoot, "No node is called this"), "no node is titled");
            case CYCLE -> cycle(curriculum, document, decisions);
            case WRONG_TYPE -> {
                String[] wrong = decisions.oneOf(WRONG_VALUES);
                object(document, any).set(wrong[0], Json.parse(wrong[1]));
                String field = field(any, wrong[0]);
                yield new Expected(
                        wrong[0].equals("learning_objectives") && wrong[1].startsWith("[")
                                ? field + "[0].level"
                                : field,
                        "");
            }
            case MISSING_TITLE -> {
                object(document, any).remove("title");
                yield new Expected(field(any, "title"), "is required");
            }
            case DEPENDENCY_ON_ANCESTOR -> {
                List<Node> ancestors = new ArrayList<>();
                for (Node n : nodes) if (curriculum.isAncestor(n.index(), nonRoot.index())) ancestors.add(n);
                yield new Expected(
                        addDependency(
                                document, nonRoot, decisions.oneOf(ancestors).title()),
                        "ancestor");
            }
        };
    }

    /** Two nodes, neither above the other, made to wait for each other; two new epics when no such pair exists. */
    private static Expected cycle(RandomCurriculum curriculum, ObjectNode document, Decisions decisions) {
        List<Node> nodes = curriculum.nodes();
        List<int[]> pairs = new ArrayList<>();
        for (int i = 1; i < nodes.size(); i++) {
            for (int j = i + 1; j < nodes.size(); j++) {
                if (!curriculum.isAncestor(i, j)
                        && !mentions(
                                object(document, nodes.get(j)), nodes.get(i).title())) {
                    pairs.add(new int[] {i, j});
                }
            }
        }
        if (pairs.isEmpty()) {
            ArrayNode epics = (ArrayNode) document.get("epics");
            epics.addObject()
                    .put("title", "Cycle end A")
                    .putArray("dependencies")
                    .add("Cycle end B");
            epics.addObject()
                    .put("title", "Cycle end B")
                    .putArray("dependencies")
                    .add("Cycle end A");
        } else {
            int[] pair = decisions.oneOf(pairs);
            addDependency(document, nodes.get(pair[0]), nodes.get(pair[1]).title());
            addDependency(document, nodes.get(pair[1]), nodes.get(pair[0]).title());
        }
        return new Expected(null, "dependency cycle");
    }

    /** Appends a blocking dependency and returns its path. */
    private static String addDependency(ObjectNode document, Node node, String title) {
        ObjectNode object = object(document, node);
        ArrayNode list = object.get("dependencies") instanceof ArrayNode a ? a : object.putArray("dependencies");
        list.add(title);
        return field(node, "dependencies") + "[" + (list.size() - 1) + "]";
    }

    private static boolean mentions(ObjectNode node, String title) {
        for (JsonNode d : node.path("dependencies")) {
            if (title.equals(d.isTextual() ? d.textValue() : d.path("title").asText())) return true;
        }
        return false;
    }

    private static ObjectNode object(ObjectNode document, Node node) {
        return (ObjectNode) document.at(node.pointer());
    }

    private static String field(Node node, String name) {
        return node.path().isEmpty() ? name : node.path() + "." + name;
    }
}
