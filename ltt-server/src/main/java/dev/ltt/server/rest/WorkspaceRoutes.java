package dev.ltt.server.rest;

import static dev.ltt.server.http.Access.LEARNER_READ;
import static dev.ltt.server.http.Access.LEARNER_WRITE;

import dev.ltt.Limits;
import dev.ltt.server.http.Body;
import dev.ltt.server.http.Params;
import dev.ltt.server.http.Route;
import dev.ltt.usecase.UseCases;
import dev.ltt.workspace.RunSql;
import java.util.List;
import java.util.Set;

/**
 * A learner's SQL workspace in a project, under {@code /api/v1/learners/{learnerId}/projects/{slug}}: run a query
 * on their own database (read-only, nothing recorded), see whether their database differs from the dataset, and
 * reset it. Running and resetting are for admins and the learner; the state is readable by instructors too.
 */
final class WorkspaceRoutes {
    private static final String PROJECT = "/api/v1/learners/{learnerId}/projects/{slug}";
    private final UseCases use;

    WorkspaceRoutes(UseCases use) {
        this.use = use;
    }

    List<Route> routes() {
        return List.of(
                Route.post(PROJECT + "/sql", LEARNER_WRITE, ctx -> {
                    Body body = Body.read(ctx, Set.of("query"));
                    RunSql.Command command = new RunSql.Command(body.string("query", true, Limits.SQL_QUERY));
                    body.validate();
                    ctx.json(use.runSql.run(
                            LearnerRoutes.learner(ctx), Params.slug(ctx), command, LearnerRoutes.actor(ctx)));
                }),
                Route.get(
                        PROJECT + "/database",
                        LEARNER_READ,
                        ctx -> ctx.json(use.showWorkspace.show(LearnerRoutes.learner(ctx), Params.slug(ctx)))),
                Route.post(PROJECT + "/database/reset", LEARNER_WRITE, ctx -> {
                    Body.read(ctx, Set.of()).validate();
                    ctx.json(use.resetWorkspace.reset(
                            LearnerRoutes.learner(ctx), Params.slug(ctx), LearnerRoutes.actor(ctx)));
                }));
    }
}
