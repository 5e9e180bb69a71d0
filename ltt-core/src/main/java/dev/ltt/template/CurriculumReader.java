package dev.ltt.template;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.ltt.error.FieldError;
import dev.ltt.error.InvalidInputException;
import dev.ltt.json.Json;
import dev.ltt.json.Utf8;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * Turns a curriculum document into a checked {@link Curriculum}, or fails with every problem at once
 * (schema, structure, limits, dependencies), each with its JSON path. Stateless and thread-safe.
 */
public final class CurriculumReader {
    static final Set<String> NODE_KEYS = Set.of(
            "title",
            "description",
            "content",
            "acceptance_criteria",
            "priority",
            "estimated_minutes",
            "subtask_type",
            "requires_submission",
            "tutor_guidance",
            "learning_objectives",
            "dependencies",
            "epics",
            "tasks",
            "subtasks");
    static final Set<String> PROJECT_KEYS = Set.of("project_id", "version", "narrative_context", "workspace_type");
    private static final Set<String> OBJECTIVE_KEYS = Set.of("level", "description");
    private static final List<String> WHOLE_NUMBER_KEYS = List.of("priority", "estimated_minutes", "version");
    private static final Set<String> CHILD_KEYS = Set.of("epics", "tasks", "subtasks");
    private static final Set<String> LIST_KEYS =
            Set.of("epics", "tasks", "subtasks", "learning_objectives", "dependencies");

    public Curriculum read(byte[] document) {
        if (document.length > CurriculumLimits.MAX_DOCUMENT_BYTES) {
            throw new InvalidInputException(
                    "$",
                    "the document is " + document.length + " bytes; the limit is " + CurriculumLimits.MAX_DOCUMENT_BYTES
                            + ": split the curriculum into several projects");
        }
        Utf8.firstInvalidByte(document).ifPresent(offset -> {
            throw new InvalidInputException(
                    "$", "the document is not valid UTF-8 (byte " + offset + "): save it as UTF-8");
        });
        JsonNode json;
        try {
            json = Json.MAPPER.readTree(document);
        } catch (JsonProcessingException e) {
            var at = e.getLocation();
            throw new InvalidInputException(
                    "$",
                    "the document is not valid JSON"
                            + (at == null ? "" : " (line " + at.getLineNr() + ", column " + at.getColumnNr() + ")")
                            + ": " + e.getOriginalMessage());
        } catch (java.io.IOException e) {
            throw new InvalidInputException("$", "the document could not be read: " + e.getMessage());
        }
        if (json == null || !json.isObject()) {
            throw new InvalidInputException("$", "a curriculum is a JSON object with a \"title\" and \"epics\"");
        }
        return read((ObjectNode) json);
    }

    public Curriculum read(ObjectNode json) {
        Problems problems = new Problems();
        CurriculumSchema.validate(json).forEach(problems::add);
        StorableText.problems(json).forEach(problems::add);
        List<String> warnings = new ArrayList<>();

        Walk walk = new Walk(problems);
        CurriculumNode root = walk.node(json, "", TaskType.PROJECT, 0);
        if (json.has("dependencies")) {
            problems.add(
                    "dependencies", "the project itself cannot depend on anything: move the dependency to an epic");
        }
        if (walk.count > CurriculumLimits.MAX_NODES) {
            problems.add("$", "the document has " + walk.count + " nodes; the limit is " + CurriculumLimits.MAX_NODES);
        }
        DependencyCheck dependencies = new DependencyCheck(root);
        dependencies.problems().forEach(problems::add);

        String slug = text(json, "project_id");
        if (slug == null && root.fields().title() != null) {
            slug = slugOf(root.fields().title());
            warnings.add("no project_id given: using \"" + slug + "\" derived from the title");
        }
        int version =
                json.path("version").canConvertToInt() && json.path("version").isIntegralNumber()
                        ? json.get("version").intValue()
                        : 1;
        if (!json.has("version")) warnings.add("no version given: using version 1");
        JsonNode epics = json.get("epics");
        if (root.children().isEmpty() && (epics == null || epics.isArray())) {
            // with no epic the project itself would be the only leaf: counted by progress, never offered as ready
            problems.add(
                    "epics",
                    "a project needs at least one epic: add \"epics\": [{\"title\": ...}] (with none, "
                            + "there is nothing to work on)");
        }

        if (!problems.isEmpty()) {
            throw new InvalidInputException(
                    "the curriculum has " + problems.size() + (problems.size() == 1 ? " problem" : " problems")
                            + "; nothing was stored",
                    problems.list());
        }
        return new Curriculum(
                slug,
                version,
                text(json, "narrative_context"),
                text(json, "workspace_type"),
                root,
                List.copyOf(dependencies.resolved()),
                List.copyOf(warnings),
                Json.canonicalSha256(json));
    }

    static String slugOf(String title) {
        String slug =
                title.toLowerCase(Locale.ROOT).replaceAll("[^a-z0-9]+", "-").replaceAll("^-+|-+$", "");
        if (slug.isEmpty()) slug = "project";
        return slug.length() > 64 ? slug.substring(0, 64).replaceAll("-+$", "") : slug;
    }

    private static String text(JsonNode node, String key) {
        JsonNode value = node.get(key);
        return value != null && value.isTextual() ? value.textValue() : null;
    }

    /** One pass over the tree: builds nodes leniently (bad values become null) and notes structural problems. */
    private static final class Walk {
        private final Problems problems;
        private int count;

        Walk(Problems problems) {
            this.problems = problems;
        }

        CurriculumNode node(JsonNode json, String path, TaskType type, int depth) {
            count++;
            if (depth > CurriculumLimits.MAX_DEPTH) {
                problems.add(
                        path,
                        "nested " + depth + " levels deep; the limit is " + CurriculumLimits.MAX_DEPTH
                                + ": flatten the tree");
                return new CurriculumNode(path, type, fields(json, type), List.of(), List.of(), List.of());
            }
            for (String key : WHOLE_NUMBER_KEYS) {
                JsonNode value = json.get(key);
                // JSON Schema counts 1e400 or 2.0 as integers; a number no int holds must not pass as "not given"
                if (value != null && value.isNumber() && !(value.isIntegralNumber() && value.canConvertToInt())) {
                    String shown = value.toString().length() <= 40
                            ? value.toString()
                            : value.toString().substring(0, 40) + "...";
                    problems.add(JsonPaths.field(path, key), "must be a whole number in range, not " + shown);
                }
            }
            for (String key : CHILD_KEYS) {
                if (json.has(key) && !key.equals(type.childrenKey())) {
                    problems.add(
                            JsonPaths.field(path, key),
                            "a " + type.dbName() + " lists its children under \"" + type.childrenKey() + "\", not \""
                                    + key + "\"");
                }
            }
            List<CurriculumNode> children = new ArrayList<>();
            JsonNode list = json.get(type.childrenKey());
            if (list != null && list.isArray()) {
                for (int i = 0; i < list.size() && count <= CurriculumLimits.MAX_NODES; i++) {
                    JsonNode child = list.get(i);
                    if (child.isObject()) {
                        children.add(
                                node(child, JsonPaths.index(path, type.childrenKey(), i), type.childType(), depth + 1));
                    }
                }
            }
            return new CurriculumNode(
                    path, type, fields(json, type), objectives(json), dependencies(json, path), List.copyOf(children));
        }

        private static NodeFields fields(JsonNode json, TaskType type) {
            ObjectNode extra = Json.object();
            json.fields().forEachRemaining(e -> {
                boolean known = NODE_KEYS.contains(e.getKey())
                        || (type == TaskType.PROJECT && PROJECT_KEYS.contains(e.getKey()));
                // an empty list holds no rows, so it is kept as written for export to give back
                boolean emptyList = LIST_KEYS.contains(e.getKey())
                        && e.getValue().isArray()
                        && e.getValue().isEmpty();
                if (!known || emptyList) extra.set(e.getKey(), e.getValue());
            });
            JsonNode guidance = json.get("tutor_guidance");
            return new NodeFields(
                    text(json, "title"),
                    text(json, "description"),
                    text(json, "content"),
                    text(json, "acceptance_criteria"),
                    integer(json, "priority"),
                    integer(json, "estimated_minutes"),
                    text(json, "subtask_type"),
                    json.path("requires_submission").isBoolean()
                            ? json.get("requires_submission").booleanValue()
                            : null,
                    guidance != null && guidance.isObject() ? guidance : null,
                    extra);
        }

        private static List<LearningObjective> objectives(JsonNode json) {
            List<LearningObjective> result = new ArrayList<>();
            JsonNode list = json.get("learning_objectives");
            if (list == null || !list.isArray()) return result;
            for (JsonNode o : list) {
                String level = text(o, "level");
                String description = text(o, "description");
                if (level == null || description == null || !BloomLevel.keys().contains(level)) continue;
                ObjectNode extra = Json.object();
                o.fields().forEachRemaining(e -> {
                    if (!OBJECTIVE_KEYS.contains(e.getKey())) extra.set(e.getKey(), e.getValue());
                });
                result.add(new LearningObjective(BloomLevel.fromKey(level), description, extra));
            }
            return result;
        }

        private static List<DependencyRef> dependencies(JsonNode json, String path) {
            List<DependencyRef> result = new ArrayList<>();
            JsonNode list = json.get("dependencies");
            if (list == null || !list.isArray()) return result;
            for (int i = 0; i < list.size(); i++) {
                JsonNode d = list.get(i);
                String at = JsonPaths.index(path, "dependencies", i);
                if (d.isTextual()) {
                    result.add(new DependencyRef(d.textValue(), DependencyType.BLOCKS, at, false));
                } else if (d.isObject() && d.path("title").isTextual()) {
                    String type = d.path("type").asText("blocks");
                    if (type.equals("blocks") || type.equals("related")) {
                        result.add(
                                new DependencyRef(d.get("title").textValue(), DependencyType.fromKey(type), at, true));
                    }
                }
            }
            return result;
        }

        private static Integer integer(JsonNode json, String key) {
            JsonNode value = json.get(key);
            return value != null && value.isIntegralNumber() && value.canConvertToInt() ? value.intValue() : null;
        }
    }

    /** Problems in the order found, without repeats. */
    private static final class Problems {
        private final Set<FieldError> errors = new LinkedHashSet<>();

        void add(FieldError error) {
            errors.add(error);
        }

        void add(String path, String message) {
            errors.add(new FieldError(JsonPaths.display(path), message));
        }

        boolean isEmpty() {
            return errors.isEmpty();
        }

        int size() {
            return errors.size();
        }

        List<FieldError> list() {
            return List.copyOf(errors);
        }
    }
}
