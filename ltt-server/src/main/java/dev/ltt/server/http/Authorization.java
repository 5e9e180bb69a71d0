package dev.ltt.server.http;

import dev.ltt.access.Principal;
import dev.ltt.error.UnauthenticatedException;
import dev.ltt.people.Authenticate;
import io.javalin.http.Context;
import io.javalin.http.Handler;

/**
 * Wraps every route's handler with its access check: who is asking (401 without a valid bearer token), and
 * whether they may (403). The principal is then available to the handler through {@link #principal}.
 */
public final class Authorization {
    private static final String PRINCIPAL = "ltt.principal";
    private final Authenticate authenticate;

    public Authorization(Authenticate authenticate) {
        this.authenticate = authenticate;
    }

    public Handler guard(Route route) {
        if (route.access() == Access.PUBLIC) return route.handler();
        return ctx -> {
            Principal principal = authenticate(ctx);
            if (!allowed(route.access(), principal, ctx)) {
                throw new HttpProblem(
                        403,
                        "this token may not "
                                + (route.access() == Access.LEARNER_WRITE
                                        ? "change this learner's state"
                                        : "use this endpoint"));
            }
            ctx.attribute(PRINCIPAL, principal);
            route.handler().handle(ctx);
        };
    }

    public static Principal principal(Context ctx) {
        return ctx.attribute(PRINCIPAL);
    }

    private Principal authenticate(Context ctx) {
        String header = ctx.header("Authorization");
        if (header == null || !header.regionMatches(true, 0, "Bearer ", 0, 7)) {
            throw new UnauthenticatedException(
                    "send a token as 'Authorization: Bearer <token>' (an admin issues learner tokens)");
        }
        return authenticate
                .principal(header.substring(7).trim())
                .orElseThrow(() -> new UnauthenticatedException(
                        "the token is not valid (unknown or expired): ask an admin for a new one"));
    }

    static boolean allowed(Access access, Principal principal, Context ctx) {
        return switch (access) {
            case PUBLIC, ANY -> true;
            case STAFF -> principal.isStaff();
            case ADMIN -> principal.role() == dev.ltt.access.Role.ADMIN;
            case LEARNER_READ -> principal.canRead(Params.learnerId(ctx));
            case LEARNER_WRITE -> principal.canWrite(Params.learnerId(ctx));
        };
    }
}
