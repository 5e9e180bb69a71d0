package dev.ltt.server.rest;

import dev.ltt.people.Learner;
import dev.ltt.server.http.Body;
import dev.ltt.server.http.Params;
import dev.ltt.server.http.Route;
import dev.ltt.people.CreateLearner;
import dev.ltt.usecase.UseCases;
import io.javalin.http.Context;

import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Set;

import static dev.ltt.server.http.Access.ADMIN;
import static dev.ltt.server.http.Access.STAFF;

/** Learners and tokens: what an admin manages. */
final class LearnerAdminRoutes {
    private final UseCases use;

    LearnerAdminRoutes(UseCases use) {
        this.use = use;
    }

    List<Route> routes() {
        return List.of(
                Route.post("/api/v1/learners", ADMIN, this::create),
                Route.get("/api/v1/learners", STAFF, ctx -> ctx.json(use.listLearners.list(
                        Params.intQuery(ctx, "limit", 100, 1, 1000), Params.intQuery(ctx, "offset", 0, 0, Integer.MAX_VALUE)))),
                Route.post("/api/v1/learners/{learnerId}/tokens", ADMIN, this::learnerToken),
                Route.post("/api/v1/instructors/tokens", ADMIN, this::instructorToken));
    }

    private void create(Context ctx) {
        Body body = Body.read(ctx, Set.of("id", "name", "email"));
        CreateLearner.Command command = new CreateLearner.Command(body.string("id", false, 64),
                body.string("name", false, 200), body.string("email", false, 320));
        body.validate();
        Learner learner = use.createLearner.create(command);
        ctx.status(201).json(learner);
    }

    private void learnerToken(Context ctx) {
        Body body = Body.read(ctx, Set.of("valid_for_minutes"));
        var minutes = body.any("valid_for_minutes");
        body.validate();
        Duration validFor = minutes == null ? null : Duration.ofMinutes(Math.max(1, Math.min(minutes.asLong(), 525_600)));
        String token = use.issueToken.forLearner(Params.learnerId(ctx), validFor);
        ctx.status(201).json(Map.of("token", token, "learner_id", Params.learnerId(ctx)));
    }

    private void instructorToken(Context ctx) {
        Body body = Body.read(ctx, Set.of("name"));
        String name = body.string("name", true, 64);
        body.validate();
        ctx.status(201).json(Map.of("token", use.issueToken.forInstructor(name), "name", name));
    }
}
