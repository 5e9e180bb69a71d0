package dev.ltt.server.rest;

import dev.ltt.server.http.Route;
import dev.ltt.usecase.UseCases;
import java.util.ArrayList;
import java.util.List;

/** Every REST route of {@code /api/v1}, in one list: registered by the server, checked against OpenAPI by a test. */
public final class RestApi {
    private RestApi() {}

    public static List<Route> routes(UseCases use) {
        List<Route> routes = new ArrayList<>();
        routes.addAll(new ProjectRoutes(use).routes());
        routes.addAll(new LearnerAdminRoutes(use).routes());
        routes.addAll(new TokenRoutes(use).routes());
        routes.addAll(new LearnerRoutes(use).routes());
        routes.addAll(new MemoryRoutes(use).routes());
        routes.addAll(new WorkspaceRoutes(use).routes());
        routes.addAll(new StaffRoutes(use).routes());
        routes.addAll(new CohortRoutes(use).routes());
        routes.addAll(new ToolRoutes(use).routes()); // the MCP tools as plain function calling
        routes.addAll(new dev.ltt.server.lti.LtiAdminRoutes(use.lti).routes()); // LTI registrations, grades
        routes.addAll(new dev.ltt.server.lti.LtiToolRoutes(use.lti).routes()); // /lti/*: what platforms call
        return List.copyOf(routes);
    }
}
