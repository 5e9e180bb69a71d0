package dev.ltt.server.lti;

import static dev.ltt.server.lti.LtiPages.escape;

import dev.ltt.lti.AcceptLaunch;
import dev.ltt.lti.BeginLogin;
import io.javalin.http.Context;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;

/**
 * The two short pages of LTI platform storage, for a platform that offers it ({@code lti_storage_target}): at
 * login, one that stores the state and nonce in the platform's frame before going to its authorization endpoint;
 * at a launch without the state cookie, one that reads the state back and posts it with the id_token. The work is
 * done by {@code /lti/storage.js} (no inline script: the pages' CSP allows only LTT's own script).
 */
final class StoragePages {
    static final String SCRIPT = "/lti/storage.js";
    static final String STORED_STATE = "lti_storage_state";
    private static final String JS = load();

    private StoragePages() {}

    static void script(Context ctx) {
        ctx.contentType("text/javascript; charset=utf-8")
                .header("Cache-Control", "max-age=300")
                .header("X-Content-Type-Options", "nosniff")
                .result(JS);
    }

    /** At login: store, then go on to the platform (the link is there for a browser without script). */
    static void put(Context ctx, BeginLogin.Redirect r) {
        String body = "<div id=\"lti-storage\" data-mode=\"put\" data-target=\"" + escape(r.storageTarget())
                + "\" data-origin=\"" + escape(r.platformOrigin()) + "\" data-state=\"" + escape(r.state())
                + "\" data-nonce=\"" + escape(r.nonce()) + "\" data-next=\"" + escape(r.location()) + "\"></div>"
                + "<p>Signing you in through your course… <a href=\"" + escape(r.location()) + "\">Continue</a></p>"
                + "<script src=\"" + SCRIPT + "\"></script>";
        send(ctx, "Signing you in", body, "'self'");
    }

    /** At launch: read the state back from the platform, and post it with the platform's form. */
    static void get(Context ctx, AcceptLaunch.StorageCheck check, String idToken, String state) {
        String body = "<div id=\"lti-storage\" data-mode=\"get\" data-target=\"" + escape(check.storageTarget())
                + "\" data-origin=\"" + escape(check.platformOrigin()) + "\" data-state=\"" + escape(state)
                + "\"></div>"
                + "<form id=\"lti-launch\" method=\"post\" action=\"" + ToolUrls.LAUNCH + "\">"
                + "<input type=\"hidden\" name=\"id_token\" value=\"" + escape(idToken) + "\">"
                + "<input type=\"hidden\" name=\"state\" value=\"" + escape(state) + "\">"
                + "<input type=\"hidden\" id=\"lti-stored-state\" name=\"" + STORED_STATE + "\" value=\"\">"
                + "<p>Signing you in through your course…</p></form>"
                + "<script src=\"" + SCRIPT + "\"></script>";
        send(ctx, "Signing you in", body, "'self'");
    }

    private static void send(Context ctx, String heading, String body, String formAction) {
        ctx.status(200)
                .contentType("text/html; charset=utf-8")
                .header("Cache-Control", "no-store")
                .header("X-Content-Type-Options", "nosniff")
                .header("Referrer-Policy", "no-referrer")
                .header(
                        "Content-Security-Policy",
                        "default-src 'none'; script-src 'self'; style-src 'unsafe-inline'; " + "form-action "
                                + formAction + "; base-uri 'none'")
                .result(LtiPages.page(heading, body));
    }

    private static String load() {
        try (InputStream in = StoragePages.class.getResourceAsStream("storage.js")) {
            if (in == null) throw new IllegalStateException("storage.js is missing from the jar");
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
