package dev.ltt.server;

import dev.ltt.Limits;
import dev.ltt.Ltt;
import dev.ltt.json.Json;
import dev.ltt.server.http.Authorization;
import dev.ltt.server.http.JettyProblems;
import dev.ltt.server.http.ProblemResponses;
import dev.ltt.server.http.Route;
import dev.ltt.server.mcp.McpHttp;
import dev.ltt.server.metrics.Metrics;
import dev.ltt.server.rest.RestApi;
import io.javalin.Javalin;
import io.javalin.config.JavalinConfig;
import io.javalin.json.JavalinJackson;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;
import org.eclipse.jetty.server.handler.GracefulHandler;

/**
 * The HTTP server: the REST API under {@code /api/v1}, service endpoints, and whatever further doors are
 * mounted with {@link #extension}. Thin: every handler parses, calls one use-case and renders the result.
 * Stopping it lets in-flight requests finish (up to the stop timeout).
 */
public final class LttServer {
    public static final long STOP_TIMEOUT_MS = 15_000;
    private final Javalin app;
    private final List<Route> routes;
    private final Metrics metrics;

    private LttServer(Javalin app, List<Route> routes, Metrics metrics) {
        this.app = app;
        this.routes = routes;
        this.metrics = metrics;
    }

    /** Builds the server, its metrics included; {@code extensions} add routes or plugins (MCP, web UI) to the same config. */
    public static LttServer create(Ltt ltt, List<Consumer<JavalinConfig>> extensions) {
        Metrics metrics = new Metrics(ltt.database().dataSource());
        List<Route> routes = new ArrayList<>(RestApi.routes(ltt.use()));
        routes.addAll(ServiceRoutes.routes(ltt, metrics));
        Authorization authorization = new Authorization(ltt.use().authenticate);
        Consumer<JavalinConfig> mcp = McpHttp.extension(ltt); // MCP over streamable HTTP at /mcp
        Javalin app = Javalin.create(config -> {
            config.jsonMapper(new JavalinJackson(Json.MAPPER, false));
            config.http.maxRequestSize = Limits.CURRICULUM_BYTES + 1024L;
            config.startup.showJavalinBanner = false;
            config.jetty.modifyServer(server -> {
                server.setStopTimeout(STOP_TIMEOUT_MS);
                server.insertHandler(new GracefulHandler());
                server.setErrorHandler(new JettyProblems());
            });
            ProblemResponses.install(config);
            metrics.install(config);
            for (Route route : routes)
                config.routes.addHttpHandler(route.method(), route.path(), authorization.guard(route));
            mcp.accept(config);
            // LTI: the tool key exists from the first start; scores are sent while the server runs
            config.events.serverStarting(() -> ltt.use().lti.publishKeys.ensureKey());
            config.events.serverStarted(() -> ltt.use().lti.gradeSender.start(java.time.Duration.ofSeconds(1)));
            config.events.serverStopping(() -> ltt.use().lti.gradeSender.close());
            extensions.forEach(extension -> extension.accept(config));
        });
        return new LttServer(app, List.copyOf(routes), metrics);
    }

    public LttServer start(String host, int port) {
        app.start(host, port);
        return this;
    }

    public int port() {
        return app.port();
    }

    /** The routes this server answers, for the API description and its test. */
    public List<Route> routes() {
        return routes;
    }

    /**
     * Every HTTP endpoint Javalin has registered, as "METHOD /path": {@link #routes} and whatever extensions
     * added to the config directly. The API description must cover all of them.
     */
    public List<String> endpoints() {
        return app.unsafe.internalRouter.allHttpHandlers().stream()
                .map(parsed -> parsed.endpoint)
                .filter(endpoint -> endpoint.method.isHttpMethod())
                .map(endpoint -> endpoint.method.name() + " " + endpoint.path)
                .distinct()
                .toList();
    }

    /** The server's metrics registry, for extensions that count things of their own. */
    public Metrics metrics() {
        return metrics;
    }

    public void stop() {
        app.stop();
        metrics.close();
    }
}
