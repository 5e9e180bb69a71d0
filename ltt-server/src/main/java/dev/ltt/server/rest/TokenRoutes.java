package dev.ltt.server.rest;

import static dev.ltt.server.http.Access.ADMIN;
import static dev.ltt.server.http.Access.LEARNER_WRITE;

import dev.ltt.server.http.Params;
import dev.ltt.server.http.Route;
import dev.ltt.usecase.UseCases;
import io.javalin.http.Context;
import java.util.List;

/**
 * Issued tokens: an admin lists and revokes any; a learner lists and revokes their own under
 * {@code /api/v1/learners/{learnerId}/tokens} (instructors see no one's tokens). Revoking answers
 * 200 with the token that was revoked.
 */
final class TokenRoutes {
    private static final String OWN = "/api/v1/learners/{learnerId}/tokens";
    private final UseCases use;

    TokenRoutes(UseCases use) {
        this.use = use;
    }

    List<Route> routes() {
        return List.of(
                Route.get("/api/v1/tokens", ADMIN, ctx -> ctx.json(use.listTokens.all(limit(ctx), offset(ctx)))),
                Route.delete(
                        "/api/v1/tokens/{tokenId}",
                        ADMIN,
                        ctx -> ctx.json(use.revokeToken.revoke(Params.longId(ctx, "tokenId")))),
                Route.get(
                        OWN,
                        LEARNER_WRITE,
                        ctx -> ctx.json(use.listTokens.ofLearner(Params.learnerId(ctx), limit(ctx), offset(ctx)))),
                Route.delete(
                        OWN + "/{tokenId}",
                        LEARNER_WRITE,
                        ctx -> ctx.json(
                                use.revokeToken.revokeOwn(Params.learnerId(ctx), Params.longId(ctx, "tokenId")))));
    }

    private static int limit(Context ctx) {
        return Params.intQuery(ctx, "limit", 100, 1, 1000);
    }

    private static int offset(Context ctx) {
        return Params.intQuery(ctx, "offset", 0, 0, Integer.MAX_VALUE);
    }
}
