package dev.ltt.server.web;

import dev.ltt.access.Principal;
import io.javalin.config.JavalinConfig;
import io.javalin.http.Context;
import io.javalin.http.HttpStatus;
import java.util.Optional;

/**
 * Signing in and out. {@code GET /} shows the sign-in form (or sends a signed-in person home); {@code POST
 * /login} takes a token from the form; {@code GET /login?token=...} takes the short-lived link an admin hands
 * out, sets the cookie and redirects at once so the token leaves the address bar; {@code POST /logout} clears
 * the cookie.
 */
final class SignInRoutes {
    private final Frame frame;

    SignInRoutes(Frame frame) {
        this.frame = frame;
    }

    void install(JavalinConfig config) {
        config.routes.get("/", frame.page(this::form));
        config.routes.post("/login", frame.page(this::login));
        config.routes.get("/login", frame.page(this::link));
        config.routes.get("/welcome", frame.page(this::welcome));
        config.routes.post("/logout", frame.page(this::logout));
    }

    private void form(Context ctx) {
        Optional<Session.Signed> signed = frame.session.current(ctx);
        if (signed.isPresent()) {
            ctx.redirect(next(ctx.queryParam("next"), signed.get().principal()), HttpStatus.SEE_OTHER);
            return;
        }
        frame.render(
                ctx,
                "signin.jte",
                new Views.SignInPage(frame.chrome(ctx, "Sign in"), null, safeNext(ctx.queryParam("next"))));
    }

    private void login(Context ctx) {
        Frame.sameOrigin(ctx);
        String token = ctx.formParam("token");
        Optional<Principal> principal = frame.session.check(token);
        if (principal.isEmpty()) {
            String error = token == null || token.isBlank()
                    ? "Paste your access token into the box."
                    : "That token is not valid (it may have expired). Check it, or ask your instructor for a new one.";
            frame.html(
                    ctx,
                    401,
                    frame.templates.render(
                            "signin.jte",
                            new Views.SignInPage(
                                    frame.chrome(ctx, "Sign in"), error, safeNext(ctx.formParam("next")))));
            return;
        }
        frame.session.signIn(ctx, token);
        ctx.redirect(next(ctx.formParam("next"), principal.get()), HttpStatus.SEE_OTHER);
    }

    /** The sign-in link: the token is in the address, so it is taken and the browser sent on without it. */
    private void link(Context ctx) {
        Optional<Principal> principal = frame.session.check(ctx.queryParam("token"));
        if (principal.isEmpty()) {
            frame.html(
                    ctx,
                    401,
                    frame.templates.render(
                            "signin.jte",
                            new Views.SignInPage(
                                    frame.chrome(ctx, "Sign in"),
                                    "This sign-in link is not valid or has expired. Ask your instructor for a new one, or paste a token.",
                                    null)));
            return;
        }
        frame.session.signIn(ctx, ctx.queryParam("token"));
        ctx.redirect("/welcome?to=" + (principal.get().isStaff() ? "teach" : "learn"), HttpStatus.SEE_OTHER);
    }

    /**
     * After a sign-in link: a page without the token that moves on to the person's home. It exists because a
     * browser does not send a SameSite=Strict cookie along a redirect chain that began on another site (the
     * mail with the link); the refresh from this page is same-site, so the next page sees the cookie.
     */
    private void welcome(Context ctx) {
        String to = "teach".equals(ctx.queryParam("to")) ? Urls.TEACH : Urls.LEARN;
        frame.render(ctx, "welcome.jte", new Views.WelcomePage(frame.chrome(ctx, "Signed in"), to));
    }

    private void logout(Context ctx) {
        Frame.sameOrigin(ctx);
        frame.session.current(ctx).ifPresent(s -> {
            if (!frame.session.csrfValid(s, ctx.formParam(Session.CSRF_FIELD))) {
                throw new WebProblem(403, "This form has expired", "Go back, reload the page and try again.", false);
            }
        });
        frame.session.signOut(ctx);
        Frame.redirect(ctx, "/", new Flash("info", "You are signed out."));
    }

    /** Where to go after signing in: the page asked for, if it is one of this person's pages, else their home. */
    private static String next(String next, Principal principal) {
        String safe = safeNext(next);
        String home = Urls.home(principal);
        return safe != null && safe.startsWith(home) ? safe : home;
    }

    private static String safeNext(String next) {
        if (next == null || !next.matches("/(learn|teach)(/[A-Za-z0-9._~@%-]+)*")) return null;
        return next;
    }
}
