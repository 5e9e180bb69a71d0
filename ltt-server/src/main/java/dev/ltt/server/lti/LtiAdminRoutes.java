package dev.ltt.server.lti;

import static dev.ltt.server.http.Access.ADMIN;

import com.fasterxml.jackson.databind.JsonNode;
import dev.ltt.error.FieldError;
import dev.ltt.lti.Lti;
import dev.ltt.lti.platforms.RegisterPlatform;
import dev.ltt.server.http.Body;
import dev.ltt.server.http.HttpProblem;
import dev.ltt.server.http.Params;
import dev.ltt.server.http.Route;
import io.javalin.http.Context;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/** The admin's side of LTI: platform registrations, who a platform user is, the grade passback outbox. */
public final class LtiAdminRoutes {
    private static final String REGISTRATIONS = "/api/v1/lti/registrations";
    private final Lti lti;

    public LtiAdminRoutes(Lti lti) {
        this.lti = lti;
    }

    public List<Route> routes() {
        return List.of(
                Route.post(REGISTRATIONS, ADMIN, this::register),
                Route.get(REGISTRATIONS, ADMIN, ctx -> ctx.json(lti.listRegistrations.list())),
                Route.get(
                        REGISTRATIONS + "/{registrationId}",
                        ADMIN,
                        ctx -> ctx.json(lti.listRegistrations.show(Params.longId(ctx, "registrationId")))),
                Route.delete(
                        REGISTRATIONS + "/{registrationId}",
                        ADMIN,
                        ctx -> ctx.json(lti.removeRegistration.remove(Params.longId(ctx, "registrationId")))),
                Route.post(REGISTRATIONS + "/{registrationId}/deployments", ADMIN, this::addDeployment),
                Route.get(
                        "/api/v1/lti/identities",
                        ADMIN,
                        ctx -> ctx.json(lti.findIdentity.find(query(ctx, "issuer"), query(ctx, "sub")))),
                Route.get(
                        "/api/v1/lti/grades",
                        ADMIN,
                        ctx -> ctx.json(lti.listGrades.list(query(ctx, "learner_id"), query(ctx, "status")))));
    }

    private void register(Context ctx) {
        Body body = Body.read(
                ctx,
                Set.of(
                        "issuer",
                        "client_id",
                        "authorization_endpoint",
                        "token_endpoint",
                        "jwks_uri",
                        "deployment_ids",
                        "token_audience"));
        RegisterPlatform.Command command = new RegisterPlatform.Command(
                body.string("issuer", true, 2000),
                body.string("client_id", true, 255),
                body.string("authorization_endpoint", true, 2000),
                body.string("token_endpoint", true, 2000),
                body.string("jwks_uri", true, 2000),
                deployments(body.any("deployment_ids")),
                body.string("token_audience", false, 2000));
        body.validate();
        ctx.status(201).json(lti.registerPlatform.register(command));
    }

    private void addDeployment(Context ctx) {
        long id = Params.longId(ctx, "registrationId");
        Body body = Body.read(ctx, Set.of("deployment_id"));
        String deployment = body.string("deployment_id", true, 255);
        body.validate();
        ctx.json(lti.addDeployment.add(id, deployment));
    }

    private static List<String> deployments(JsonNode node) {
        if (node == null) return List.of();
        List<FieldError> errors = new ArrayList<>();
        List<String> ids = new ArrayList<>();
        if (!node.isArray()) errors.add(new FieldError("deployment_ids", "deployment_ids must be an array of strings"));
        else
            node.forEach(id -> {
                if (id.isTextual()) ids.add(id.textValue());
                else errors.add(new FieldError("deployment_ids", "deployment_ids must be an array of strings"));
            });
        if (!errors.isEmpty()) throw new HttpProblem(422, "the request body has a problem", errors.subList(0, 1));
        return ids;
    }

    private static String query(Context ctx, String name) {
        String value = ctx.queryParam(name);
        if (value != null && value.length() > 2000) throw HttpProblem.badRequest(name, name + " is too long");
        return value == null || value.isEmpty() ? null : value;
    }
}
