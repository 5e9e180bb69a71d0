package dev.ltt.server.rest;

import static dev.ltt.server.http.Access.ADMIN;
import static dev.ltt.server.http.Access.ANY;
import static dev.ltt.server.http.Access.STAFF;

import dev.ltt.Limits;
import dev.ltt.curriculum.IngestResult;
import dev.ltt.server.http.Body;
import dev.ltt.server.http.Params;
import dev.ltt.server.http.Route;
import dev.ltt.usecase.UseCases;
import io.javalin.http.Context;
import java.util.List;
import java.util.OptionalInt;

/** Curricula: ingest, list, read the template tree, export. */
final class ProjectRoutes {
    private final UseCases use;

    ProjectRoutes(UseCases use) {
        this.use = use;
    }

    List<Route> routes() {
        return List.of(
                Route.post("/api/v1/projects", ADMIN, this::ingest),
                Route.get(
                        "/api/v1/projects",
                        ANY,
                        ctx -> ctx.json(use.listProjects.list(Params.boolQuery(ctx, "all_versions")))),
                Route.get(
                        "/api/v1/projects/{slug}",
                        ANY,
                        ctx -> ctx.json(use.showProjectTemplate.show(Params.slug(ctx), version(ctx)))),
                Route.get(
                        "/api/v1/projects/{slug}/export",
                        STAFF,
                        ctx -> ctx.json(use.exportCurriculum.export(Params.slug(ctx), version(ctx)))));
    }

    private void ingest(Context ctx) {
        var document = Body.json(ctx, Limits.CURRICULUM_BYTES); // not JSON at all: 400, like any body
        IngestResult result = use.ingestCurriculum.ingest(document, Params.boolQuery(ctx, "dry_run"));
        ctx.status(result.created() ? 201 : 200).json(result);
    }

    static OptionalInt version(Context ctx) {
        return ctx.queryParam("version") == null
                ? OptionalInt.empty()
                : OptionalInt.of(Params.intQuery(ctx, "version", 1, 1, 1_000_000));
    }
}
