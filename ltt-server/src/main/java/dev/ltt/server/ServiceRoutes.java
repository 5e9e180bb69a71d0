package dev.ltt.server;

import dev.ltt.Ltt;
import dev.ltt.server.docs.ApiDescription;
import dev.ltt.server.docs.SwaggerUi;
import dev.ltt.server.http.Access;
import dev.ltt.server.http.Route;
import dev.ltt.server.metrics.Metrics;
import java.util.ArrayList;
import java.util.List;

/** The endpoints around the API, all public: health, metrics, the API description and its Swagger UI. */
final class ServiceRoutes {
    private ServiceRoutes() {}

    static List<Route> routes(Ltt ltt, Metrics metrics) {
        List<Route> routes = new ArrayList<>();
        routes.add(Route.get("/health", Access.PUBLIC, new HealthHandler(ltt)));
        routes.add(metrics.route());
        routes.add(ApiDescription.route());
        routes.addAll(SwaggerUi.routes());
        return routes;
    }
}
