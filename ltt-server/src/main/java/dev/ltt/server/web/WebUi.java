package dev.ltt.server.web;

import dev.ltt.Ltt;
import dev.ltt.usecase.UseCases;
import io.javalin.config.JavalinConfig;
import io.javalin.http.Context;
import java.time.Clock;
import java.util.function.Consumer;

/**
 * The web UI, mounted on the LTT server as an extension: sign-in at {@code /}, learner pages under
 * {@code /learn}, instructor pages under {@code /teach}, the stylesheet and script under {@code /static}.
 * Pages are HTML rendered on the server; they read fine without JavaScript. Errors on these paths are HTML
 * pages, never the API's problem+json.
 */
public final class WebUi {
    private final Frame frame;
    private final UseCases use;
    private final LearnerPages learnerPages;
    private final TeachPages teachPages;
    private final MemoryPages memoryPages;

    WebUi(UseCases use, Clock clock) {
        Templates templates = new Templates();
        this.use = use;
        this.frame = new Frame(new Session(use.authenticate), templates, new Assets());
        this.learnerPages = new LearnerPages(use, templates, new Markdown(), clock);
        this.teachPages = new TeachPages(use, templates, clock);
        this.memoryPages = new MemoryPages(frame, use, templates, clock);
    }

    /** The extension to pass to {@code LttServer.create}: adds the web UI's routes to the server's config. */
    public static Consumer<JavalinConfig> extension(Ltt ltt) {
        return new WebUi(ltt.use(), Clock.systemUTC())::install;
    }

    void install(JavalinConfig config) {
        config.jetty.modifyServer(server -> server.insertHandler(new LaunchPaths.Unwrap())); // /s/{handle}/...
        config.routes.after(LaunchPaths::keepPrefix);
        config.routes.get("/static/ltt.css", ctx -> frame.assets.css.serve(ctx));
        config.routes.get("/static/ltt.js", ctx -> frame.assets.js.serve(ctx));
        new SignInRoutes(frame).install(config);
        new LearnRoutes(frame, use, learnerPages).install(config);
        memoryPages.install(config);
        new TeachRoutes(frame, use, teachPages, learnerPages).install(config);
        // Runs after the API's own error mapper (installed first), so on the web's paths the HTML wins.
        config.routes.error(404, ctx -> htmlError(ctx, 404, "Not found", "There is no page at this address."));
        config.routes.error(
                405, ctx -> htmlError(ctx, 405, "Not here", "This address does not take that kind of request."));
    }

    private void htmlError(Context ctx, int status, String heading, String message) {
        String rendered = ctx.attribute(Frame.RENDERED);
        if (rendered != null) {
            ctx.status(status).contentType("text/html; charset=utf-8").result(rendered);
        } else if (isWebPath(ctx.path())) {
            Frame.headers(ctx);
            frame.error(ctx, status, heading, message, false);
        }
    }

    static boolean isWebPath(String path) {
        return path.equals("/")
                || path.equals("/login")
                || path.equals("/logout")
                || path.equals("/welcome")
                || path.startsWith("/learn")
                || path.startsWith("/teach")
                || path.startsWith("/static/");
    }
}
