package dev.ltt.server.mcp;

import dev.ltt.Ltt;
import dev.ltt.server.tools.Caller;
import dev.ltt.server.tools.ToolCatalog;
import io.javalin.config.JavalinConfig;
import io.modelcontextprotocol.common.McpTransportContext;
import io.modelcontextprotocol.json.McpJsonDefaults;
import io.modelcontextprotocol.server.McpServer;
import io.modelcontextprotocol.server.McpSyncServer;
import io.modelcontextprotocol.server.transport.HttpServletStreamableServerTransportProvider;
import jakarta.servlet.DispatcherType;
import java.util.EnumSet;
import java.util.Map;
import java.util.Optional;
import java.util.function.Consumer;
import org.eclipse.jetty.ee10.servlet.FilterHolder;
import org.eclipse.jetty.ee10.servlet.ServletHolder;
import org.eclipse.jetty.util.component.LifeCycle;

/**
 * MCP over streamable HTTP at {@code /mcp}, mounted as a servlet in the server's Jetty beside the REST API.
 * {@link McpAuthFilter} authenticates every request and binds it to a learner; the SDK carries that
 * {@link Caller} from the request into the tool call through the transport context. Sessions are closed when
 * the server begins to stop, so open event streams do not hold the shutdown.
 */
public final class McpHttp {
    public static final String PATH = "/mcp";
    static final int MAX_REQUEST_BYTES = 1024 * 1024;

    private McpHttp() {}

    /** The server extension that mounts {@code /mcp}; apply it to one server's config. */
    public static Consumer<JavalinConfig> extension(Ltt ltt) {
        HttpServletStreamableServerTransportProvider transport = HttpServletStreamableServerTransportProvider.builder()
                .jsonMapper(McpJsonDefaults.getMapper())
                .mcpEndpoint(PATH)
                .maxRequestSize(MAX_REQUEST_BYTES)
                .contextExtractor(request -> request.getAttribute(McpAuthFilter.CALLER) instanceof Caller caller
                        ? McpTransportContext.create(Map.of(McpTools.CALLER, caller))
                        : McpTransportContext.EMPTY)
                .build();
        McpSyncServer server = McpTools.server(
                McpServer.sync(transport),
                new ToolCatalog(ltt.use()),
                exchange -> Optional.ofNullable(exchange.transportContext().get(McpTools.CALLER))
                        .filter(Caller.class::isInstance)
                        .map(Caller.class::cast));
        return config -> {
            config.jetty.modifyServletContextHandler(context -> {
                FilterHolder auth = new FilterHolder(new McpAuthFilter(ltt.use().authenticate));
                auth.setAsyncSupported(true);
                context.addFilter(auth, PATH, EnumSet.of(DispatcherType.REQUEST));
                ServletHolder servlet = new ServletHolder("mcp", transport);
                servlet.setAsyncSupported(true);
                context.addServlet(servlet, PATH);
            });
            config.jetty.modifyServer(jetty -> jetty.addEventListener(new LifeCycle.Listener() {
                @Override
                public void lifeCycleStopping(LifeCycle event) {
                    server.closeGracefully();
                }
            }));
        };
    }
}
