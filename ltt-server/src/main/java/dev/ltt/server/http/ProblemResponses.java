package dev.ltt.server.http;

import dev.ltt.error.FieldError;
import dev.ltt.error.LttException;
import io.javalin.config.JavalinConfig;
import io.javalin.http.Context;
import io.javalin.http.HttpResponseException;
import io.javalin.http.HttpStatus;
import java.util.List;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Maps every failure to a problem+json response, once for the whole server: domain errors to their status,
 * HTTP-level refusals as they are, anything unexpected to a 500 that says nothing of the internals.
 */
public final class ProblemResponses {
    private static final Logger log = LoggerFactory.getLogger(ProblemResponses.class);

    private ProblemResponses() {}

    public static void install(JavalinConfig config) {
        config.routes.exception(LttException.class, (e, ctx) -> domain(e, ctx));
        config.routes.exception(
                HttpProblem.class,
                (e, ctx) -> write(
                        ctx,
                        e.status(),
                        e.getMessage(),
                        Problem.code(e.status()),
                        e.errors().isEmpty() ? null : e.errors(),
                        null));
        config.routes.exception(
                HttpResponseException.class,
                (e, ctx) -> write(ctx, e.getStatus(), message(e), Problem.code(e.getStatus()), null, null));
        config.routes.exception(Exception.class, (e, ctx) -> {
            log.error(
                    "unexpected failure on {} {}", ctx.method(), ctx.endpoint() == null ? "?" : ctx.endpoint().path, e);
            write(
                    ctx,
                    500,
                    "LTT could not finish this request; it has been logged. Try again later.",
                    "INTERNAL",
                    null,
                    null);
        });
        config.routes.after(ProblemResponses::declareUtf8);
        // a handler that answered without reading the body (a DELETE sent one) must not leave it unread: Jetty
        // would close the connection under a client still sending, which then reads a broken pipe, not the answer
        config.routes.after(Body::drainUnread);
        config.routes.error(404, ctx -> {
            if (!isProblem(ctx))
                write(ctx, 404, "no such endpoint: see /openapi.json for the API", "NOT_FOUND", null, null);
        });
        config.routes.error(405, ctx -> {
            if (!isProblem(ctx))
                write(ctx, 405, "this endpoint does not take " + ctx.method(), "METHOD_NOT_ALLOWED", null, null);
        });
    }

    private static void domain(LttException e, Context ctx) {
        write(ctx, Problem.of(e));
    }

    public static void write(
            Context ctx, int status, String detail, String code, List<FieldError> errors, List<String> blockedBy) {
        write(ctx, Problem.of(status, code, detail, errors, blockedBy));
    }

    private static void write(Context ctx, Problem problem) {
        if (problem.status() >= 400) Body.drainUnread(ctx);
        ctx.status(problem.status()).contentType(Problem.CONTENT_TYPE_UTF8).result(problem.bytes());
        if (problem.status() == 401) ctx.header("WWW-Authenticate", "Bearer realm=\"ltt\"");
    }

    /** JSON goes out as UTF-8 (Jackson writes it so); the content type says so, for clients that read the charset. */
    private static void declareUtf8(Context ctx) {
        String type = ctx.res().getContentType();
        if (type != null && type.strip().equalsIgnoreCase("application/json"))
            ctx.contentType("application/json; charset=utf-8");
    }

    private static boolean isProblem(Context ctx) {
        String type = ctx.res().getContentType();
        // an HTML page a handler rendered itself (the LTI door's pages) is an answer too, not a missing endpoint
        return type != null && (type.startsWith(Problem.CONTENT_TYPE) || type.startsWith("text/html"));
    }

    private static String message(HttpResponseException e) {
        return switch (e.getStatus()) {
            case 413 -> "the request body is too large";
            default ->
                e.getMessage() == null || e.getMessage().isBlank()
                        ? HttpStatus.forStatus(e.getStatus()).getMessage()
                        : e.getMessage();
        };
    }
}
