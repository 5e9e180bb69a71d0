package dev.ltt.server.lti;

import static dev.ltt.server.lti.LtiPages.escape;

import dev.ltt.lti.AnswerDeepLink;
import dev.ltt.lti.Launch;
import io.javalin.http.Context;
import java.security.SecureRandom;
import java.util.Base64;

/**
 * The deep-linking picker (the instructor chooses the project a course link opens) and the page that carries
 * the signed answer back to the platform: a form with the field {@code JWT}, posted by a one-line script (with a
 * button for browsers without script); and the page that ends a dynamic registration.
 */
final class DeepLinkPages {
    private static final SecureRandom RANDOM = new SecureRandom();

    private DeepLinkPages() {}

    static void picker(Context ctx, Launch launch) {
        StringBuilder body = new StringBuilder();
        if (launch.choices().isEmpty()) {
            body.append("<p>LTT has no projects yet. Ask LTT's admin to add one, then open this picker again.</p>");
        } else {
            body.append("<p>Choose the project this course link opens. Learners who follow it land in the project; "
                            + "their progress goes to the gradebook.</p><form method=\"post\" action=\"")
                    .append(ToolUrls.DEEP_LINK)
                    .append("\"><input type=\"hidden\" name=\"launch\" value=\"")
                    .append(escape(launch.deepLinkHandle()))
                    .append("\"><fieldset><legend>Projects</legend>");
            boolean first = true;
            for (Launch.Choice c : launch.choices()) {
                String id = "p-" + escape(c.projectId());
                body.append("<p><input type=\"radio\" name=\"project_id\" id=\"")
                        .append(id)
                        .append("\" value=\"")
                        .append(escape(c.projectId()))
                        .append('"')
                        .append(first ? " checked" : "")
                        .append("> <label for=\"")
                        .append(id)
                        .append("\">")
                        .append(escape(c.title()))
                        .append(" <small>(")
                        .append(escape(c.projectId()))
                        .append(", ")
                        .append(c.leaves())
                        .append(" tasks to close)</small></label></p>");
                first = false;
            }
            body.append("</fieldset><p><button type=\"submit\" id=\"choose\">Use this project</button></p></form>");
        }
        html(ctx, 200, LtiPages.page("Choose a project", body.toString()), "form-action 'self'", null);
    }

    static void answer(Context ctx, AnswerDeepLink.Answer answer) {
        byte[] bytes = new byte[16];
        RANDOM.nextBytes(bytes);
        String nonce = Base64.getEncoder().encodeToString(bytes);
        String body = "<p>Sending your choice back to the course…</p><form id=\"return\" method=\"post\" action=\""
                + escape(answer.returnUrl()) + "\"><input type=\"hidden\" name=\"JWT\" value=\"" + escape(answer.jwt())
                + "\"><noscript><button type=\"submit\">Continue</button></noscript></form><script nonce=\"" + nonce
                + "\">document.getElementById('return').submit();</script>";
        html(ctx, 200, LtiPages.page("Back to the course", body), null, nonce);
    }

    /** After dynamic registration: says so, and asks the platform's window (opener or parent) to close this. */
    static void registered(Context ctx, String issuer, String clientId) {
        byte[] bytes = new byte[16];
        RANDOM.nextBytes(bytes);
        String nonce = Base64.getEncoder().encodeToString(bytes);
        String body = "<p id=\"registered\">LTT is registered with " + escape(issuer) + " (client_id "
                + escape(clientId)
                + "). You can close this window.</p><script nonce=\"" + nonce + "\">(window.opener || window.parent)"
                + ".postMessage({subject: 'org.imsglobal.lti.close'}, '*');</script>";
        html(ctx, 200, LtiPages.page("Registered", body), null, nonce);
    }

    private static void html(Context ctx, int status, String html, String formAction, String scriptNonce) {
        String csp = "default-src 'none'; style-src 'unsafe-inline'; base-uri 'none'"
                + (formAction == null ? "" : "; form-action " + formAction)
                + (scriptNonce == null ? "" : "; script-src 'nonce-" + scriptNonce + "'");
        ctx.status(status)
                .contentType("text/html; charset=utf-8")
                .header("Cache-Control", "no-store")
                .header("X-Content-Type-Options", "nosniff")
                .header("Referrer-Policy", "no-referrer")
                .header("Content-Security-Policy", csp)
                .result(html);
    }
}
