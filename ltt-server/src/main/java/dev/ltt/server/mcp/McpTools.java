package dev.ltt.server.mcp;

import com.fasterxml.jackson.core.type.TypeReference;
import dev.ltt.error.ForbiddenException;
import dev.ltt.json.Json;
import dev.ltt.server.tools.Caller;
import dev.ltt.server.tools.ToolCatalog;
import dev.ltt.server.tools.ToolResult;
import dev.ltt.server.tools.ToolSpec;
import io.modelcontextprotocol.json.McpJsonDefaults;
import io.modelcontextprotocol.server.McpServer;
import io.modelcontextprotocol.server.McpServerFeatures.SyncToolSpecification;
import io.modelcontextprotocol.server.McpSyncServer;
import io.modelcontextprotocol.server.McpSyncServerExchange;
import io.modelcontextprotocol.spec.McpSchema;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;

/**
 * Serves the {@link ToolCatalog} through the MCP SDK: each tool becomes an MCP tool with its description,
 * input and output schemas; each call is answered with structured content and a text block, errors as
 * {@code isError} results carrying their code in the text and in {@code _meta}. The SDK's own input check is off: the catalog checks
 * arguments itself and reports INVALID_INPUT with paths.
 */
public final class McpTools {
    /** The key under which a transport puts the {@link Caller} in the MCP transport context. */
    public static final String CALLER = "ltt.caller";
    /** The {@code _meta} key of an error result's details: {@code {code, message, errors?, blocked_by?}}. */
    public static final String ERROR_META = "dev.ltt/error";

    static final String INSTRUCTIONS = """
            LTT tracks one learner's progress through a curriculum; every tool acts for the learner this connection \
            is bound to. A typical session: list_projects, get_ready on a project, get_context (or show_task) on a \
            ready task, help the learner, then submit their work (or complete_task when the task needs no \
            submission), and get_progress to see where they stand. Errors come back as tool results with a code \
            (NOT_FOUND, INVALID_INPUT, INVALID_STATE, BLOCKED) and a message that says what to do instead.""";
    private static final TypeReference<Map<String, Object>> MAP = new TypeReference<>() {};

    private McpTools() {}

    /** Builds a sync MCP server over {@code spec}'s transport serving every tool of {@code catalog}. */
    public static McpSyncServer server(
            McpServer.SyncSpecification<?> spec,
            ToolCatalog catalog,
            Function<McpSyncServerExchange, Optional<Caller>> callerOf) {
        return spec.serverInfo("ltt", version())
                .instructions(INSTRUCTIONS)
                .jsonMapper(McpJsonDefaults.getMapper())
                .capabilities(
                        McpSchema.ServerCapabilities.builder().tools(false).build())
                .validateToolInputs(false)
                .tools(specifications(catalog, callerOf))
                .build();
    }

    static List<SyncToolSpecification> specifications(
            ToolCatalog catalog, Function<McpSyncServerExchange, Optional<Caller>> callerOf) {
        return catalog.tools().stream()
                .map(spec -> SyncToolSpecification.builder()
                        .tool(tool(spec))
                        .callHandler((exchange, request) -> callerOf.apply(exchange)
                                .map(caller -> result(catalog.call(
                                        spec.name(), caller, Json.MAPPER.valueToTree(request.arguments()))))
                                .orElseGet(McpTools::unbound))
                        .build())
                .toList();
    }

    /** The MCP form of a tool. */
    public static McpSchema.Tool tool(ToolSpec spec) {
        return McpSchema.Tool.builder()
                .name(spec.name())
                .description(spec.description())
                .inputSchema(Json.MAPPER.convertValue(spec.inputSchema(), MAP))
                .outputSchema(Json.MAPPER.convertValue(spec.outputSchema(), MAP))
                .annotations(new McpSchema.ToolAnnotations(
                        null, spec.readOnly(), spec.readOnly() ? null : false, null, false, null))
                .build();
    }

    /**
     * A success carries its structured content; an error carries none, because MCP clients check structured
     * content against the tool's output schema even on errors (the TypeScript SDK throws when it does not
     * match). The error's code and details go in {@code _meta} under {@value #ERROR_META} instead, and its
     * text starts with the code, so every client can read it.
     */
    static McpSchema.CallToolResult result(ToolResult result) {
        McpSchema.CallToolResult.Builder builder =
                McpSchema.CallToolResult.builder().addTextContent(result.text()).isError(result.isError());
        Map<String, Object> content = Json.MAPPER.convertValue(result.structuredContent(), MAP);
        return result.isError()
                ? builder.meta(Map.of(ERROR_META, content)).build()
                : builder.structuredContent(content).build();
    }

    private static McpSchema.CallToolResult unbound() {
        return result(ToolResult.failure(
                new ForbiddenException("this connection is not bound to a learner: connect with a learner's token")));
    }

    static String version() {
        String version = McpTools.class.getPackage().getImplementationVersion();
        return version == null ? "dev" : version;
    }
}
