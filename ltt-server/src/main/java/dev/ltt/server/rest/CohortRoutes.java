package dev.ltt.server.rest;

import static dev.ltt.server.http.Access.ADMIN;
import static dev.ltt.server.http.Access.STAFF;

import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.ltt.Limits;
import dev.ltt.cohort.CohortProgress;
import dev.ltt.cohort.StuckLearners;
import dev.ltt.json.Json;
import dev.ltt.server.http.Body;
import dev.ltt.server.http.Params;
import dev.ltt.server.http.Route;
import dev.ltt.usecase.UseCases;
import io.javalin.http.Context;
import java.util.List;

/** Instructors' views of a project's cohort (progress per task, stuck learners) and the admins' template edit. */
final class CohortRoutes {
    private final UseCases use;

    CohortRoutes(UseCases use) {
        this.use = use;
    }

    List<Route> routes() {
        return List.of(
                Route.get(
                        "/api/v1/projects/{slug}/cohort",
                        STAFF,
                        ctx -> ctx.json(use.cohortProgress.show(
                                Params.slug(ctx),
                                ProjectRoutes.version(ctx),
                                ctx.queryParam("after"),
                                Params.intQuery(
                                        ctx,
                                        "limit",
                                        CohortProgress.DEFAULT_LEARNERS,
                                        1,
                                        CohortProgress.MAX_LEARNERS)))),
                Route.get(
                        "/api/v1/projects/{slug}/stuck",
                        STAFF,
                        ctx -> ctx.json(use.stuckLearners.find(
                                Params.slug(ctx),
                                ProjectRoutes.version(ctx),
                                Params.intQuery(ctx, "hours", StuckLearners.DEFAULT_HOURS, 1, Limits.STUCK_HOURS),
                                Params.intQuery(
                                        ctx, "failures", StuckLearners.DEFAULT_FAILURES, 1, Limits.STUCK_FAILURES)))),
                Route.patch("/api/v1/tasks/{taskId}", ADMIN, this::edit));
    }

    /** The body is a JSON merge patch of the task's text: a field set to null is removed (except the title). */
    private void edit(Context ctx) {
        String taskId = Params.taskId(ctx);
        Body body = Body.read(ctx, Limits.EDITABLE_FIELDS);
        ObjectNode patch = Json.object();
        for (String field : Limits.EDITABLE_FIELDS) {
            if (body.has(field)) patch.set(field, body.any(field) == null ? Json.MAPPER.nullNode() : body.any(field));
        }
        body.validate();
        ctx.json(use.editTask.edit(taskId, patch));
    }
}
