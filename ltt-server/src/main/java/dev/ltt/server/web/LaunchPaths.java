package dev.ltt.server.web;

import io.javalin.http.Context;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.eclipse.jetty.http.HttpURI;
import org.eclipse.jetty.server.Handler;
import org.eclipse.jetty.server.Request;
import org.eclipse.jetty.server.Response;
import org.eclipse.jetty.util.Callback;

/**
 * Web pages inside an LMS iframe, where the browser blocks third-party cookies: the session travels in the
 * address instead. {@code /s/{handle}/learn/...} is served as {@code /learn/...} signed in with the handle (the
 * launch's session token: one learner, eight hours), and every link, form and redirect of such a page keeps the
 * prefix. CSRF tokens still guard every form. Pages under a handle may be framed (by the LMS); pages without
 * one still refuse framing. The handle never goes to another site: pages send no Referer.
 */
public final class LaunchPaths {
    static final String HANDLE = "ltt.web.handle";
    static final String FLASH = "ltt.web.flash";
    static final String FLASH_PARAM = "flash";
    private static final Pattern PREFIXED =
            Pattern.compile("^/s/(ltt_[A-Za-z0-9_-]{20,80})(/(learn|teach|logout)(/.*)?)$");
    private static final Pattern LOCAL_LINK =
            Pattern.compile("((?:href|action)=\")/(?=(?:learn|teach|logout)(?:[/?\"]))");

    private LaunchPaths() {}

    /** The address of a page under the handle. */
    public static String under(String handle, String path) {
        return "/s/" + handle + path;
    }

    /** The handle this request came with, if any. */
    static String handle(Context ctx) {
        Object handle = ctx.req().getAttribute(HANDLE);
        return handle instanceof String s ? s : null;
    }

    /** Keeps a page's links, forms and redirect under the handle it was asked for with. */
    static void keepPrefix(Context ctx) {
        String handle = handle(ctx);
        if (handle == null) return;
        String location = ctx.res().getHeader("Location");
        if (location != null && location.matches("/(learn|teach|logout)([/?].*)?")) {
            String flash = ctx.attribute(FLASH);
            ctx.res()
                    .setHeader(
                            "Location",
                            under(handle, location)
                                    + (flash == null
                                            ? ""
                                            : (location.contains("?") ? "&" : "?") + FLASH_PARAM + "=" + flash));
        }
        String type = ctx.res().getContentType();
        if (type != null && type.startsWith("text/html")) {
            String body = ctx.result();
            if (body != null)
                ctx.result(newWindowLink(
                        ctx,
                        handle,
                        LOCAL_LINK.matcher(body).replaceAll("$1" + Matcher.quoteReplacement("/s/" + handle + "/"))));
        }
    }

    /**
     * The fallback when the frame is too small or the browser misbehaves in it: the same page in a window of its
     * own, still signed in by the handle (no cookie needed there either).
     */
    private static String newWindowLink(Context ctx, String handle, String html) {
        String marker = "<main id=\"main\" class=\"wrap\" tabindex=\"-1\">";
        int at = html.indexOf(marker);
        if (at < 0 || !"GET".equals(ctx.method().name())) return html;
        String query = ctx.queryString() == null
                ? ""
                : "?" + ctx.queryString().replace("&", "&amp;").replace("\"", "&quot;");
        String link = "<p class=\"new-window\"><a id=\"new-window\" href=\"" + under(handle, ctx.path()) + query
                + "\" target=\"_blank\" rel=\"noopener noreferrer\">Open in a new window</a></p>";
        return html.substring(0, at + marker.length()) + link + html.substring(at + marker.length());
    }

    /** The Jetty handler that takes the handle off the path before the web UI's routes see it. */
    static final class Unwrap extends Handler.Wrapper {
        @Override
        public boolean handle(Request request, Response response, Callback callback) throws Exception {
            String path = request.getHttpURI().getPath();
            Matcher m = path == null || !path.startsWith("/s/") ? null : PREFIXED.matcher(path);
            if (m == null || !m.matches()) return super.handle(request, response, callback);
            HttpURI uri = HttpURI.build(request.getHttpURI()).path(m.group(2)).asImmutable();
            Request inner = new Request.Wrapper(request) {
                @Override
                public HttpURI getHttpURI() {
                    return uri;
                }
            };
            inner.setAttribute(HANDLE, m.group(1));
            return super.handle(inner, response, callback);
        }
    }
}
