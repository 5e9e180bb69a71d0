package dev.ltt.server.lti;

import static dev.ltt.server.http.Access.PUBLIC;

import dev.ltt.lti.AcceptLaunch;
import dev.ltt.lti.AnswerDeepLink;
import dev.ltt.lti.BeginLogin;
import dev.ltt.lti.Launch;
import dev.ltt.lti.LaunchRefused;
import dev.ltt.lti.Lti;
import dev.ltt.server.http.Route;
import dev.ltt.server.web.LaunchPaths;
import dev.ltt.server.web.LaunchSession;
import io.javalin.http.Context;
import io.javalin.http.HttpStatus;
import java.util.List;

/**
 * The endpoints a platform and the learner's browser call. They are public by nature: a platform holds no LTT
 * token, and each endpoint instead checks what it receives (a registered issuer at login; at launch a single-use
 * state and an id_token signed by the platform's key). The JWKS and configuration are public documents.
 */
public final class LtiToolRoutes {
    static final String STATE_COOKIE = "ltt_lti_state";
    private final Lti lti;

    public LtiToolRoutes(Lti lti) {
        this.lti = lti;
    }

    public List<Route> routes() {
        return List.of(
                Route.get(ToolUrls.LOGIN, PUBLIC, this::login),
                Route.post(ToolUrls.LOGIN, PUBLIC, this::login),
                Route.post(ToolUrls.LAUNCH, PUBLIC, this::launch),
                Route.get(StoragePages.SCRIPT, PUBLIC, StoragePages::script),
                Route.post(ToolUrls.DEEP_LINK, PUBLIC, this::deepLink),
                Route.get(ToolUrls.REGISTER, PUBLIC, this::register),
                Route.get(
                        ToolUrls.JWKS,
                        PUBLIC,
                        ctx -> ctx.header("Cache-Control", "max-age=300").json(lti.publishKeys.jwks())),
                Route.get(
                        ToolUrls.CONFIG,
                        PUBLIC,
                        ctx -> ctx.json(ToolConfiguration.describe(
                                ToolUrls.of(ctx), "canvas".equals(ctx.queryParam("format"))))));
    }

    private void login(Context ctx) {
        ToolUrls urls = ToolUrls.of(ctx);
        try {
            String deployment = param(ctx, "lti_deployment_id");
            BeginLogin.Redirect redirect = lti.beginLogin.begin(new BeginLogin.Command(
                    param(ctx, "iss"),
                    param(ctx, "login_hint"),
                    param(ctx, "target_link_uri"),
                    param(ctx, "lti_message_hint"),
                    param(ctx, "client_id"),
                    deployment != null ? deployment : param(ctx, "deployment_id"),
                    urls.launch(),
                    param(ctx, "lti_storage_target")));
            boolean https = "https".equalsIgnoreCase(ctx.scheme());
            ctx.res()
                    .addHeader(
                            "Set-Cookie",
                            STATE_COOKIE + "=" + redirect.state() + "; Path=" + ToolUrls.LAUNCH
                                    + "; Max-Age=600; HttpOnly; " + (https ? "SameSite=None; Secure" : "SameSite=Lax"));
            if (redirect.storageTarget() != null) StoragePages.put(ctx, redirect);
            else ctx.header("Cache-Control", "no-store").redirect(redirect.location(), HttpStatus.FOUND);
        } catch (LaunchRefused e) {
            refused(ctx, e);
        }
    }

    private void launch(Context ctx) {
        String error = ctx.formParam("error");
        if (error != null) {
            String description = ctx.formParam("error_description");
            LtiPages.message(
                    ctx,
                    400,
                    "The course did not sign you in",
                    "Your course platform answered: " + error
                            + (description == null ? "" : " (" + description + ")")
                            + ". Go back to the course and open the "
                            + "link again.");
            return;
        }
        try {
            String stored = ctx.formParam(StoragePages.STORED_STATE);
            // the state read back from the platform's storage counts only when LTT's own launch page posts it
            if (stored != null && !fromLtt(ctx))
                throw LaunchRefused.untrusted(
                        "the launch's stored state did not come " + "from LTT's own page: start again from the course");
            AcceptLaunch.Command command = new AcceptLaunch.Command(
                    ctx.formParam("id_token"), ctx.formParam("state"), ctx.cookie(STATE_COOKIE), stored);
            var check = lti.acceptLaunch.storageCheck(command);
            if (check.isPresent()) {
                StoragePages.get(ctx, check.get(), command.idToken(), command.state());
                return;
            }
            Launch launch = lti.acceptLaunch.accept(command);
            ctx.res().addHeader("Set-Cookie", STATE_COOKIE + "=; Path=" + ToolUrls.LAUNCH + "; Max-Age=0; HttpOnly");
            LaunchSession.signIn(ctx, launch.sessionToken());
            if (launch.deepLinking()) DeepLinkPages.picker(ctx, launch);
            else land(ctx, launch);
        } catch (LaunchRefused e) {
            refused(ctx, e);
        }
    }

    /** Dynamic registration, opened by the platform's admin page; the answer page tells its opener to close. */
    private void register(Context ctx) {
        ToolUrls urls = ToolUrls.of(ctx);
        try {
            dev.ltt.lti.platforms.Registration r =
                    lti.registerDynamically.register(new dev.ltt.lti.platforms.RegisterDynamically.Command(
                            ctx.queryParam("openid_configuration"),
                            ctx.queryParam("registration_token"),
                            urls.login(),
                            urls.launch(),
                            urls.jwks(),
                            null));
            DeepLinkPages.registered(ctx, r.issuer(), r.clientId());
        } catch (LaunchRefused e) {
            refused(ctx, e);
        } catch (dev.ltt.error.ConflictException e) {
            LtiPages.message(
                    ctx,
                    409,
                    "Already registered",
                    e.getMessage().substring(0, 1).toUpperCase()
                            + e.getMessage().substring(1) + ".");
        }
    }

    /** The picker's choice: the signed answer, auto-posted to the platform. */
    private void deepLink(Context ctx) {
        try {
            DeepLinkPages.answer(
                    ctx,
                    lti.answerDeepLink.answer(new AnswerDeepLink.Command(
                            ctx.formParam("launch"),
                            ctx.formParam("project_id"),
                            ToolUrls.of(ctx).launch())));
        } catch (dev.ltt.error.InvalidInputException e) {
            LtiPages.message(
                    ctx,
                    400,
                    "This choice cannot be sent",
                    e.getMessage().substring(0, 1).toUpperCase()
                            + e.getMessage().substring(1) + ".");
        } catch (dev.ltt.error.NotFoundException e) {
            LtiPages.message(
                    ctx,
                    404,
                    "This choice cannot be sent",
                    e.getMessage().substring(0, 1).toUpperCase()
                            + e.getMessage().substring(1) + ".");
        }
    }

    /** Learners to their project page, staff to the project's cohort page; a link naming no project says so. */
    private static void land(Context ctx, Launch launch) {
        if (launch.projectId() == null) {
            String named = launch.requestedProject();
            LtiPages.message(
                    ctx,
                    404,
                    "No project here yet",
                    named == null
                            ? "This course link does not name an LTT project. Ask your instructor to set its project_id."
                            : "This course link names the project " + named
                                    + ", which LTT does not have. Ask your instructor "
                                    + "to check the link's project_id.");
            return;
        }
        String segment = dev.ltt.server.lti.Paths.segment(launch.projectId());
        // the session rides in the path, so the pages work in an LMS iframe that blocks third-party cookies
        ctx.header("Cache-Control", "no-store")
                .redirect(
                        LaunchPaths.under(
                                launch.sessionToken(),
                                (launch.staff() ? "/teach/projects/" : "/learn/projects/") + segment),
                        HttpStatus.SEE_OTHER);
    }

    private static void refused(Context ctx, LaunchRefused e) {
        LtiPages.message(
                ctx,
                e.status(),
                e.status() >= 500 ? "Try again in a moment" : "This launch was refused",
                e.getMessage().substring(0, 1).toUpperCase() + e.getMessage().substring(1) + ".");
    }

    /** A form posted by LTT's own page: same-origin by the browser's word (Sec-Fetch-Site, else Origin). */
    private static boolean fromLtt(Context ctx) {
        String site = ctx.header("Sec-Fetch-Site");
        if (site != null) return site.equals("same-origin");
        String origin = ctx.header("Origin"), host = ctx.header("Host");
        return origin != null
                && host != null
                && origin.replaceFirst("^https?://", "").equals(host);
    }

    private static String param(Context ctx, String name) {
        String value = "POST".equals(ctx.method().name()) ? ctx.formParam(name) : ctx.queryParam(name);
        return value == null || value.isEmpty() ? null : value;
    }
}
