package dev.ltt.server.tools;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.ltt.error.LttException;
import dev.ltt.json.Json;
import dev.ltt.usecase.UseCases;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The agent tools of interfaces.md section 3, in one catalog that every door serves: MCP over stdio and HTTP,
 * and the plain function-calling REST endpoints. A call checks the arguments against the tool's input
 * schema, runs one use-case for the learner the door bound, and turns domain errors into error results with
 * their code. Built once per server; thread-safe.
 */
public final class ToolCatalog {
    private static final Logger log = LoggerFactory.getLogger(ToolCatalog.class);
    private final Map<String, Entry> byName = new LinkedHashMap<>();

    /** What a tool does for a caller with checked arguments: the use-case's record and its text rendering. */
    @FunctionalInterface
    interface Handler {
        Rendered call(Caller caller, Arguments arguments);
    }

    /** A use-case's answer and the short text a model reads. */
    record Rendered(Object value, String text) {}

    private record Entry(ToolSpec spec, ToolInput input, Handler handler) {}

    public ToolCatalog(UseCases use) {
        new LearnerTools(use).define(this);
        new MemoryTools(use).define(this);
        new WorkspaceTools(use).define(this);
    }

    void add(ToolSpec spec, Handler handler) {
        if (byName.putIfAbsent(spec.name(), new Entry(spec, new ToolInput(spec.name(), spec.inputSchema()), handler))
                != null) {
            throw new IllegalStateException("tool " + spec.name() + " is defined twice");
        }
    }

    /** Every tool, in a stable order. */
    public List<ToolSpec> tools() {
        return byName.values().stream().map(Entry::spec).toList();
    }

    public Optional<ToolSpec> find(String name) {
        return Optional.ofNullable(byName.get(name)).map(Entry::spec);
    }

    /**
     * Calls a tool for {@code caller}. Never throws for anything the caller did: bad arguments, unknown tasks,
     * blocked or closed tasks come back as error results with their code; an unexpected failure is logged and
     * comes back as an INTERNAL error result.
     *
     * @throws IllegalArgumentException when there is no tool of that name (check with {@link #find} first)
     */
    public ToolResult call(String name, Caller caller, JsonNode arguments) {
        Entry entry = byName.get(name);
        if (entry == null) throw new IllegalArgumentException("no tool named " + name);
        try {
            Rendered rendered = entry.handler().call(caller, entry.input().check(arguments));
            return ToolResult.success(asObject(rendered.value()), rendered.text());
        } catch (LttException e) {
            return ToolResult.failure(e);
        } catch (RuntimeException e) {
            log.error("tool {} failed unexpectedly for learner {}", name, caller.learnerId(), e);
            return ToolResult.internal();
        }
    }

    private static ObjectNode asObject(Object value) {
        JsonNode tree = Json.MAPPER.valueToTree(value);
        if (tree instanceof ObjectNode object) return object;
        throw new IllegalStateException("a tool must return an object, not " + tree.getNodeType());
    }
}
