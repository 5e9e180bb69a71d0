package dev.ltt.server.docs;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.networknt.schema.Error;
import com.networknt.schema.Schema;
import com.networknt.schema.SchemaRegistry;
import com.networknt.schema.SpecificationVersion;
import dev.ltt.server.testing.Http;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

/**
 * Checks real responses against what the OpenAPI document says of them: the status is documented for the
 * operation, the content type too, and the body matches its schema. Objects in the document's schemas are made
 * closed here (no property the schema does not name), so a field the server adds without documenting it fails.
 */
final class DocumentedResponses {
    private static final String COMPONENT_SCHEMAS = "#/components/schemas/";
    private final JsonNode document;
    private final ObjectNode definitions;
    private final SchemaRegistry registry = SchemaRegistry.withDefaultDialect(SpecificationVersion.DRAFT_2020_12);
    private final Map<String, Schema> schemas = new HashMap<>();
    private final Set<String> checked = new TreeSet<>();

    DocumentedResponses(JsonNode document) {
        this.document = document;
        this.definitions = close(rewriteRefs(document.at("/components/schemas").deepCopy()));
    }

    /** What is wrong with {@code response} to {@code method template}; empty when it is as documented. */
    List<String> problems(String method, String template, Http.Response response) {
        String operation = method + " " + template;
        checked.add(operation);
        List<String> problems = new ArrayList<>();
        JsonNode op = document.path("paths").path(template).path(method.toLowerCase());
        if (op.isMissingNode()) return List.of(operation + " is not documented");
        JsonNode documented = resolve(op.path("responses").path(Integer.toString(response.status())));
        if (documented.isMissingNode())
            return List.of(operation + " answered " + response.status() + ", not documented");
        if (!documented.has("content")) {
            return response.text().isEmpty()
                    ? problems
                    : List.of(operation + " " + response.status() + " answered a body, documented as having none");
        }
        String type = response.contentType().split(";")[0].trim();
        JsonNode media = documented.path("content").path(type);
        if (media.isMissingNode())
            return List.of(operation + " " + response.status() + " answered " + type + ", not documented");
        if (response.json() == null) return problems;
        for (Error error : schema(operation + " " + response.status() + " " + type, media.path("schema"))
                .validate(response.json())) {
            problems.add(operation + " " + response.status() + ": " + error.getInstanceLocation() + " "
                    + error.getMessage());
        }
        return problems;
    }

    /** The operations checked so far, as "METHOD /path". */
    Set<String> checked() {
        return checked;
    }

    private JsonNode resolve(JsonNode node) {
        JsonNode ref = node.path("$ref");
        return ref.isTextual() ? document.at(ref.asText().substring(1)) : node;
    }

    private Schema schema(String key, JsonNode documented) {
        return schemas.computeIfAbsent(key, k -> {
            ObjectNode root = close(rewriteRefs(documented.deepCopy()));
            root.put("$schema", "https://json-schema.org/draft/2020-12/schema");
            root.set("$defs", definitions);
            return registry.getSchema(root);
        });
    }

    /** The document's schemas become the {@code $defs} of each JSON Schema checked, so their references move too. */
    private static ObjectNode rewriteRefs(ObjectNode node) {
        JsonNode ref = node.get("$ref");
        if (ref != null && ref.asText().startsWith(COMPONENT_SCHEMAS)) {
            node.put("$ref", "#/$defs/" + ref.asText().substring(COMPONENT_SCHEMAS.length()));
        }
        node.properties().forEach(entry -> rewriteAll(entry.getValue()));
        return node;
    }

    private static void rewriteAll(JsonNode node) {
        if (node instanceof ObjectNode object) rewriteRefs(object);
        else if (node.isArray()) node.forEach(DocumentedResponses::rewriteAll);
    }

    /** Every object schema that names its properties and says nothing of others admits no others. */
    private static ObjectNode close(ObjectNode node) {
        if (node.has("properties") && !node.has("additionalProperties")) node.put("additionalProperties", false);
        node.properties().forEach(entry -> closeAll(entry.getValue()));
        return node;
    }

    private static void closeAll(JsonNode node) {
        if (node instanceof ObjectNode object) close(object);
        else if (node.isArray()) node.forEach(DocumentedResponses::closeAll);
    }
}
