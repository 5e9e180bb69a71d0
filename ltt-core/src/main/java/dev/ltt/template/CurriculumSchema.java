package dev.ltt.template;

import com.fasterxml.jackson.databind.JsonNode;
import com.networknt.schema.Error;
import com.networknt.schema.Schema;
import com.networknt.schema.SchemaRegistry;
import com.networknt.schema.SpecificationVersion;
import com.networknt.schema.path.NodePath;
import dev.ltt.error.FieldError;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The JSON Schema of the curriculum format ({@code schema/curriculum.schema.json}, shipped in the jar), used
 * as the first pass of ingestion. Thread-safe: the compiled schema is shared.
 */
public final class CurriculumSchema {
    public static final String RESOURCE = "/schema/curriculum.schema.json";
    private static final Schema SCHEMA = load();

    private CurriculumSchema() {}

    /** Every structural problem of the document, one per path (the most useful message when several apply). */
    public static List<FieldError> validate(JsonNode document) {
        Map<String, FieldError> byPath = new LinkedHashMap<>();
        for (Error error : SCHEMA.validate(document)) {
            String path = toPath(error.getInstanceLocation(), error.getProperty(), error.getKeyword());
            FieldError candidate = new FieldError(path, explain(error));
            byPath.merge(path, candidate, (kept, other) -> preferred(kept, other));
        }
        return List.copyOf(byPath.values());
    }

    /** The schema as text, for {@code ltt schema} and the API. */
    public static String text() {
        try (InputStream in = CurriculumSchema.class.getResourceAsStream(RESOURCE)) {
            return new String(in.readAllBytes(), java.nio.charset.StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static Schema load() {
        try (InputStream in = CurriculumSchema.class.getResourceAsStream(RESOURCE)) {
            return SchemaRegistry.withDefaultDialect(SpecificationVersion.DRAFT_2020_12)
                    .getSchema(in);
        } catch (IOException e) {
            throw new UncheckedIOException("the curriculum schema is missing from the jar", e);
        }
    }

    private static String toPath(NodePath location, String property, String keyword) {
        StringBuilder path = new StringBuilder();
        for (int i = 0; i < location.getNameCount(); i++) {
            Object element = location.getElement(i);
            if (element instanceof Integer index) path.append('[').append(index).append(']');
            else path.append(path.length() == 0 ? "" : ".").append(element);
        }
        if ("required".equals(keyword) && property != null) {
            path.append(path.length() == 0 ? "" : ".").append(property);
        }
        return path.length() == 0 ? "$" : path.toString();
    }

    private static String explain(Error error) {
        String message = error.getMessage();
        int colon = message.indexOf(": ");
        if (message.startsWith("$") && colon > 0) message = message.substring(colon + 2);
        String keyword = error.getKeyword() == null ? "" : error.getKeyword();
        return switch (keyword) {
            case "required" -> "is required: add \"" + error.getProperty() + "\"";
            case "oneOf" ->
                "must be a title (a string) or an object {\"title\": ..., \"type\": \"blocks\" | \"related\"}";
            case "pattern" -> message + hintForPattern(error);
            case "enum" -> "is " + shown(error.getInstanceNode()) + ", which " + message;
            default -> message;
        };
    }

    /** The offending value as JSON, cut short: a message names what was wrong, not a megabyte of it. */
    private static String shown(JsonNode value) {
        String text = value == null ? "missing" : value.toString();
        return text.length() <= 60 ? text : text.substring(0, 60) + "...";
    }

    private static String hintForPattern(Error error) {
        String at = error.getInstanceLocation().toString();
        if (at.endsWith("project_id")) return " (use lower-case letters, digits, '-' and '_', at most 64 characters)";
        if (at.endsWith("title")) return " (a title needs at least one visible character)";
        return "";
    }

    /** For one path, a plain message beats the generic one produced by a failed {@code oneOf} branch. */
    private static FieldError preferred(FieldError kept, FieldError other) {
        return kept.message().startsWith("must be a title")
                ? kept
                : other.message().startsWith("must be a title") ? other : kept;
    }
}
