package dev.ltt.server.web;

import dev.ltt.access.Role;
import dev.ltt.error.LttException;
import io.javalin.http.Context;
import io.javalin.http.Handler;
import io.javalin.http.HttpStatus;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * What every web page shares: who is signed in, the frame ({@link Chrome}), security headers, and the one place
 * where failures become HTML error pages (401 becomes a redirect to sign in; 403, 404 and others a page in
 * words; anything unexpected a 500 page that shows nothing of the internals, logged without tokens).
 */
final class Frame {
    private static final Logger log = LoggerFactory.getLogger(Frame.class);
    /** The HTML already rendered for an error status, re-sent after the JSON API's error mapper has run. */
    static final String RENDERED = "ltt.web.rendered";

    static final String CSP = "default-src 'self'; img-src 'self' https: data:; style-src 'self'; script-src 'self'; "
            + "form-action 'self'; frame-ancestors 'none'; base-uri 'none'; object-src 'none'";
    final Session session;
    final Templates templates;
    final Assets assets;

    Frame(Session session, Templates templates, Assets assets) {
        this.session = session;
        this.templates = templates;
        this.assets = assets;
    }

    /** A page handler: may throw; the frame turns failures into pages. */
    interface Page {
        void handle(Context ctx) throws Exception;
    }

    Handler page(Page page) {
        return ctx -> {
            headers(ctx);
            try {
                page.handle(ctx);
            } catch (SignInRequired e) {
                signIn(ctx);
            } catch (WebProblem e) {
                error(ctx, e.status, e.heading, e.getMessage(), e.signIn);
            } catch (LttException e) {
                failed(ctx, e);
            } catch (Exception e) {
                log.error("web page {} {} failed", ctx.method(), ctx.endpoint() == null ? "?" : ctx.endpoint().path, e);
                error(
                        ctx,
                        500,
                        "Something went wrong on our side",
                        "LTT could not show this page. Try again in a moment; if it keeps happening, tell your instructor.",
                        false);
            }
        };
    }

    /** How a domain error shows as a page: its status and words (303 sends the visitor to sign in instead). */
    record Failure(int status, String heading, String message, boolean signInLink) {}

    /** The web door's one mapping of the error kinds (exhaustive: a new kind must be added here). */
    static Failure failure(LttException e) {
        return switch (e.kind()) {
            case NOT_FOUND -> new Failure(404, "Not found", e.getMessage(), false);
            case FORBIDDEN -> new Failure(403, "Not for this account", e.getMessage(), true);
            case UNAUTHENTICATED -> new Failure(303, "Sign in", e.getMessage(), true);
            case UNAVAILABLE ->
                new Failure(
                        503,
                        "LTT is unavailable",
                        "LTT cannot reach its records just now. Try again in a moment.",
                        false);
            case INVALID_INPUT, CONFLICT, INVALID_STATE, BLOCKED ->
                new Failure(409, "That did not work", Words.sentence(e.getMessage()), false);
        };
    }

    private void failed(Context ctx, LttException e) {
        Failure failure = failure(e);
        if (failure.status() == 303) signIn(ctx);
        else error(ctx, failure.status(), failure.heading(), failure.message(), failure.signInLink());
    }

    static void headers(Context ctx) {
        boolean launched = LaunchPaths.handle(ctx) != null; // inside an LMS frame: framing is the point
        ctx.header(
                        "Content-Security-Policy",
                        launched ? CSP.replace("frame-ancestors 'none'", "frame-ancestors *") : CSP)
                .header("X-Content-Type-Options", "nosniff")
                .header("Referrer-Policy", "no-referrer")
                .header("Cache-Control", "no-store");
        if (!launched) ctx.header("X-Frame-Options", "DENY");
    }

    /** The frame of a page for whoever is signed in (or nobody), with the one-time message of this request. */
    Chrome chrome(Context ctx, String title) {
        Flash flash = Flash.take(ctx);
        return session.current(ctx)
                .map(s -> new Chrome(
                        title, who(s), Urls.home(s.principal()), s.csrf(), flash, assets.css.href(), assets.js.href()))
                .orElseGet(() -> new Chrome(title, null, "/", null, flash, assets.css.href(), assets.js.href()));
    }

    private static String who(Session.Signed s) {
        return switch (s.principal().role()) {
            case LEARNER -> s.principal().learnerId();
            case INSTRUCTOR -> s.principal().name().substring("instructor:".length()) + " (instructor)";
            case ADMIN -> "admin";
        };
    }

    void html(Context ctx, int status, String html) {
        ctx.status(status).contentType("text/html; charset=utf-8").result(html);
        if (status >= 400) ctx.attribute(RENDERED, html);
    }

    void render(Context ctx, String template, Object model) {
        html(ctx, 200, templates.render(template, model));
    }

    void error(Context ctx, int status, String heading, String message, boolean signInLink) {
        Chrome chrome = chrome(ctx, heading);
        html(
                ctx,
                status,
                templates.render(
                        "error.jte",
                        new Views.ErrorPage(
                                chrome, status, heading, message, signInLink && !chrome.signedIn(), chrome.home())));
    }

    /** Not signed in: to the sign-in form, coming back here afterwards (GET pages only). */
    void signIn(Context ctx) {
        String next = "GET".equals(ctx.method().name()) ? ctx.path() : null;
        ctx.redirect(
                next == null || next.equals("/")
                        ? "/"
                        : "/?next=" + java.net.URLEncoder.encode(next, java.nio.charset.StandardCharsets.UTF_8),
                HttpStatus.SEE_OTHER);
    }

    Session.Signed signed(Context ctx) {
        return session.current(ctx).orElseThrow(SignInRequired::new);
    }

    Session.Signed learner(Context ctx) {
        Session.Signed s = signed(ctx);
        if (s.principal().role() != Role.LEARNER) {
            throw WebProblem.forbidden("These pages are for learners. You are signed in as staff: your pages are under "
                    + "Projects at the top.");
        }
        return s;
    }

    Session.Signed staff(Context ctx) {
        Session.Signed s = signed(ctx);
        if (!s.principal().isStaff()) {
            throw WebProblem.forbidden("These pages are for instructors. Your own work is under My projects.");
        }
        return s;
    }

    /**
     * A form that changes state: the sender must be signed in, the form must come from this site (the browser's
     * Sec-Fetch-Site and Origin, when sent) and carry the session's CSRF token.
     */
    Session.Signed form(Context ctx) {
        sameOrigin(ctx);
        Session.Signed s = signed(ctx);
        if (!session.csrfValid(s, ctx.formParam(Session.CSRF_FIELD))) {
            throw new WebProblem(403, "This form has expired", "Go back, reload the page and try again.", false);
        }
        return s;
    }

    static void sameOrigin(Context ctx) {
        String site = ctx.header("Sec-Fetch-Site");
        if (site != null && !(site.equals("same-origin") || site.equals("none"))) {
            throw new WebProblem(403, "Refused", "Forms of LTT can only be sent from LTT's own pages.", false);
        }
        String origin = ctx.header("Origin");
        String host = ctx.header("Host");
        if (origin != null
                && host != null
                && !origin.equals("null")
                && !origin.replaceFirst("^https?://", "").equals(host)) {
            throw new WebProblem(403, "Refused", "Forms of LTT can only be sent from LTT's own pages.", false);
        }
    }

    /** POST-redirect-GET: a message for the next page, and a 303 to it. */
    static void redirect(Context ctx, String location, Flash flash) {
        if (flash != null) flash.set(ctx);
        ctx.redirect(location, HttpStatus.SEE_OTHER);
    }
}
