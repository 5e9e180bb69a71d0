package dev.ltt.server.metrics;

import com.zaxxer.hikari.HikariDataSource;
import com.zaxxer.hikari.metrics.micrometer.MicrometerMetricsTrackerFactory;
import dev.ltt.server.http.Access;
import dev.ltt.server.http.Route;
import io.javalin.config.JavalinConfig;
import io.javalin.http.Context;
import io.javalin.router.Endpoint;
import io.micrometer.core.instrument.Timer;
import io.micrometer.core.instrument.binder.jvm.ClassLoaderMetrics;
import io.micrometer.core.instrument.binder.jvm.JvmGcMetrics;
import io.micrometer.core.instrument.binder.jvm.JvmMemoryMetrics;
import io.micrometer.core.instrument.binder.jvm.JvmThreadMetrics;
import io.micrometer.core.instrument.binder.system.ProcessorMetrics;
import io.micrometer.core.instrument.binder.system.UptimeMetrics;
import io.micrometer.prometheusmetrics.PrometheusConfig;
import io.micrometer.prometheusmetrics.PrometheusMeterRegistry;
import java.time.Duration;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import javax.sql.DataSource;

/**
 * The metrics of one server, in its own Prometheus registry: every HTTP request timed under
 * {@code http_server_requests_seconds} with the labels {@code method}, {@code route} (the matched route
 * template, such as {@code /api/v1/learners/{learnerId}/tasks/{taskId}}, or {@code unmatched}) and
 * {@code status}; the HikariCP pool ({@code hikaricp_*}); the JVM ({@code jvm_*}, {@code process_*},
 * {@code system_*}). Created with the server and closed when it stops. Thread-safe.
 */
public final class Metrics implements AutoCloseable {
    public static final String REQUESTS = "http.server.requests";
    public static final String UNMATCHED = "unmatched";
    public static final String PROMETHEUS_TEXT = "text/plain; version=0.0.4; charset=utf-8";
    public static final String OPEN_METRICS = "application/openmetrics-text; version=1.0.0; charset=utf-8";
    private static final String STARTED = "ltt.metrics.started";
    private static final Set<String> METHODS = Set.of("GET", "HEAD", "POST", "PUT", "PATCH", "DELETE", "OPTIONS");
    private static final Duration[] BUCKETS = {
        Duration.ofMillis(5),
        Duration.ofMillis(10),
        Duration.ofMillis(25),
        Duration.ofMillis(50),
        Duration.ofMillis(100),
        Duration.ofMillis(250),
        Duration.ofMillis(500),
        Duration.ofSeconds(1),
        Duration.ofMillis(2500),
        Duration.ofSeconds(5),
        Duration.ofSeconds(10)
    };

    private final PrometheusMeterRegistry registry = new PrometheusMeterRegistry(PrometheusConfig.DEFAULT);
    private final JvmGcMetrics gc = new JvmGcMetrics();
    /** The request timers by their labels, built once each (a builder per request was 3 % of a submit's server CPU). */
    private final Map<Labels, Timer> timers = new ConcurrentHashMap<>();

    private record Labels(String method, String route, String status) {}

    /** Binds the JVM metrics, and the pool's when {@code dataSource} is a HikariCP pool without metrics yet. */
    public Metrics(DataSource dataSource) {
        new JvmMemoryMetrics().bindTo(registry);
        gc.bindTo(registry);
        new JvmThreadMetrics().bindTo(registry);
        new ClassLoaderMetrics().bindTo(registry);
        new ProcessorMetrics().bindTo(registry);
        new UptimeMetrics().bindTo(registry);
        bindPool(dataSource);
    }

    private void bindPool(DataSource dataSource) {
        // HikariCP takes a metrics tracker once per pool: a second server over the same pool reports no pool metrics.
        if (dataSource instanceof HikariDataSource pool
                && pool.getMetricsTrackerFactory() == null
                && pool.getMetricRegistry() == null) {
            pool.setMetricsTrackerFactory(new MicrometerMetricsTrackerFactory(registry));
        }
    }

    /** Times every request, matched or not, from the first before-handler to the last after-handler. */
    public void install(JavalinConfig config) {
        config.routes.before(ctx -> ctx.attribute(STARTED, System.nanoTime()));
        config.routes.after(this::record);
    }

    private void record(Context ctx) {
        Long started = ctx.attribute(STARTED);
        if (started == null) return;
        Labels labels = new Labels(method(ctx), route(ctx), Integer.toString(ctx.statusCode()));
        timers.computeIfAbsent(
                        labels,
                        l -> Timer.builder(REQUESTS)
                                .description("HTTP requests by method, route template and status")
                                .tags("method", l.method(), "route", l.route(), "status", l.status())
                                .serviceLevelObjectives(BUCKETS)
                                .register(registry))
                .record(Duration.ofNanos(System.nanoTime() - started));
    }

    private static String method(Context ctx) {
        String method = ctx.req().getMethod();
        return METHODS.contains(method) ? method : "OTHER";
    }

    /** The template the request matched; never the raw path, which carries learner and task ids. */
    private static String route(Context ctx) {
        Endpoint endpoint = ctx.endpoints().matchedHttpEndpoint();
        return endpoint == null ? UNMATCHED : endpoint.path;
    }

    /** {@code GET /metrics}: Prometheus text format 0.0.4, or OpenMetrics when the scraper asks for it. */
    public Route route() {
        return Route.get("/metrics", Access.PUBLIC, ctx -> {
            String accept = ctx.header("Accept");
            String type =
                    accept != null && accept.contains("application/openmetrics-text") ? OPEN_METRICS : PROMETHEUS_TEXT;
            ctx.contentType(type).result(registry.scrape(type));
        });
    }

    public PrometheusMeterRegistry registry() {
        return registry;
    }

    @Override
    public void close() {
        gc.close();
        registry.close();
    }
}
