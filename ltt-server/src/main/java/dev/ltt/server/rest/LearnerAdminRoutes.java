package dev.ltt.server.rest;

import static dev.ltt.server.http.Access.ADMIN;
import static dev.ltt.server.http.Access.STAFF;

import dev.ltt.people.CreateLearner;
import dev.ltt.people.Learner;
import dev.ltt.server.http.Body;
import dev.ltt.server.http.Params;
import dev.ltt.server.http.Route;
import dev.ltt.usecase.UseCases;
import io.javalin.http.Context;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Set;

/** Learners and tokens: what an admin manages. */
final class LearnerAdminRoutes {
    /** A token lives a year at most (the OpenAPI's bound); anything else is refused, not clamped. */
    static final long MAX_MINUTES = 525_600;

    private final UseCases use;

    LearnerAdminRoutes(UseCases use) {
        this.use = use;
    }

    List<Route> routes() {
        return List.of(
                Route.post("/api/v1/learners", ADMIN, this::create),
                Route.get(
                        "/api/v1/learners",
                        STAFF,
                        ctx -> ctx.json(use.listLearners.list(
                                Params.intQuery(ctx, "limit", 100, 1, 1000),
                                Params.intQuery(ctx, "offset", 0, 0, Integer.MAX_VALUE)))),
                Route.post("/api/v1/learners/{learnerId}/tokens", ADMIN, this::learnerToken),
                Route.post("/api/v1/instructors/tokens", ADMIN, this::instructorToken));
    }

    private void create(Context ctx) {
        Body body = Body.read(ctx, Set.of("id", "name", "email"));
        CreateLearner.Command command = new CreateLearner.Command(
                body.string("id", false, 64), body.string("name", false, 200), body.string("email", false, 320));
        body.validate();
        Learner learner = use.createLearner.create(command);
        ctx.status(201).json(learner);
    }

    private void learnerToken(Context ctx) {
        Body body = Body.read(ctx, Set.of("valid_for_minutes"));
        Long minutes = body.integer("valid_for_minutes", 1, MAX_MINUTES);
        body.validate();
        Duration validFor = minutes == null ? null : Duration.ofMinutes(minutes);
        var issued = use.issueToken.issueForLearner(Params.learnerId(ctx), validFor);
        ctx.status(201).json(Map.of("token", issued.token(), "id", issued.id(), "learner_id", Params.learnerId(ctx)));
    }

    private void instructorToken(Context ctx) {
        Body body = Body.read(ctx, Set.of("name"));
        String name = body.string("name", true, 64);
        body.validate();
        var issued = use.issueToken.issueForInstructor(name);
        ctx.status(201).json(Map.of("token", issued.token(), "id", issued.id(), "name", name));
    }
}
