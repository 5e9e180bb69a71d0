package dev.ltt.template;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.ltt.error.FieldError;
import dev.ltt.error.InvalidInputException;
import dev.ltt.json.Json;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * A checked change to the text of one template node, read as a JSON merge patch: a field present with a
 * value replaces it, present with {@code null} removes it (except the title, which stays), absent keeps it.
 * Only text changes: structure, dependencies and validators stay as ingested. Immutable.
 */
public final class TextEdit {
    public static final String TITLE = "title";
    public static final String DESCRIPTION = "description";
    public static final String CONTENT = "content";
    public static final String ACCEPTANCE_CRITERIA = "acceptance_criteria";
    public static final String TUTOR_GUIDANCE = "tutor_guidance";
    /** The fields an edit may name, in the order they are reported. */
    public static final Set<String> FIELDS = Collections.unmodifiableSet(
            new LinkedHashSet<>(List.of(TITLE, DESCRIPTION, CONTENT, ACCEPTANCE_CRITERIA, TUTOR_GUIDANCE)));

    public static final int MAX_TITLE = 300;
    /** The curriculum schema's limit for long text, and for tutor guidance written as JSON. */
    public static final int MAX_TEXT = 100_000;

    private static final String NAMES = String.join(", ", FIELDS);

    private final ObjectNode patch;

    private TextEdit(ObjectNode patch) {
        this.patch = patch;
    }

    /** Checks the patch and reports every problem at once, each at its field. */
    public static TextEdit of(JsonNode patch) {
        if (!(patch instanceof ObjectNode object)) {
            throw new InvalidInputException("$", "give the fields to change as a JSON object");
        }
        List<FieldError> errors = new ArrayList<>();
        if (object.isEmpty()) errors.add(new FieldError("$", "name at least one field to change: " + NAMES));
        object.fieldNames().forEachRemaining(name -> check(name, object.get(name), errors));
        errors.addAll(StorableText.problems(object));
        if (!errors.isEmpty()) throw new InvalidInputException("the task cannot be edited as asked", errors);
        return new TextEdit(object.deepCopy());
    }

    private static void check(String name, JsonNode value, List<FieldError> errors) {
        switch (name) {
            case TITLE -> {
                if (!value.isTextual()) {
                    errors.add(new FieldError(name, "title must be a string; a task always has a title"));
                } else if (value.textValue().isBlank() || length(value.textValue()) > MAX_TITLE) {
                    errors.add(
                            new FieldError(name, "title must have 1 to " + MAX_TITLE + " characters, not all blank"));
                }
            }
            case DESCRIPTION, CONTENT, ACCEPTANCE_CRITERIA -> {
                if (!value.isNull() && !value.isTextual()) {
                    errors.add(new FieldError(name, name + " must be a string, or null to remove it"));
                } else if (value.isTextual() && length(value.textValue()) > MAX_TEXT) {
                    errors.add(new FieldError(name, name + " is limited to " + MAX_TEXT + " characters; shorten it"));
                }
            }
            case TUTOR_GUIDANCE -> {
                if (!value.isNull() && !value.isObject()) {
                    errors.add(new FieldError(name, "tutor_guidance must be a JSON object, or null to remove it"));
                } else if (value.isObject() && Json.write(value).length() > MAX_TEXT) {
                    errors.add(
                            new FieldError(name, "tutor_guidance is limited to " + MAX_TEXT + " characters of JSON"));
                }
            }
            default -> errors.add(new FieldError(name, "unknown field: a task's editable fields are " + NAMES));
        }
    }

    private static int length(String text) {
        return text.codePointCount(0, text.length());
    }

    /** The fields this edit names. */
    public Set<String> fields() {
        Set<String> names = new LinkedHashSet<>();
        patch.fieldNames().forEachRemaining(names::add);
        return names;
    }

    /** The new title, when the edit changes it. */
    public Optional<String> title() {
        return patch.has(TITLE) ? Optional.of(patch.get(TITLE).textValue()) : Optional.empty();
    }

    /** The node's fields with this edit applied; everything it does not name is kept. */
    public NodeFields applyTo(NodeFields f) {
        return new NodeFields(
                title().orElse(f.title()),
                text(DESCRIPTION, f.description()),
                text(CONTENT, f.content()),
                text(ACCEPTANCE_CRITERIA, f.acceptanceCriteria()),
                f.priority(),
                f.estimatedMinutes(),
                f.subtaskType(),
                f.requiresSubmission(),
                patch.has(TUTOR_GUIDANCE) ? nullable(patch.get(TUTOR_GUIDANCE)) : f.tutorGuidance(),
                f.extra());
    }

    private String text(String field, String current) {
        if (!patch.has(field)) return current;
        JsonNode value = patch.get(field);
        return value.isNull() ? null : value.textValue();
    }

    private static JsonNode nullable(JsonNode value) {
        return value.isNull() ? null : value.deepCopy();
    }
}
