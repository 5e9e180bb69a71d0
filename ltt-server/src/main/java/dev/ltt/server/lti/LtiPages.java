package dev.ltt.server.lti;

import io.javalin.http.Context;

/**
 * The few pages the LTI door shows itself (a refused launch, a launch naming no project). Plain HTML with every
 * value escaped; no script, so they work in any LMS frame. Clients that do not ask for HTML get problem+json.
 */
final class LtiPages {
    private LtiPages() {}

    /**
     * A refusal or notice: an HTML page for a browser (which asks for text/html: the person in front of the LMS),
     * problem+json like the rest of the API for any other client.
     */
    static void message(Context ctx, int status, String heading, String text) {
        String accept = ctx.header("Accept");
        if (status >= 400 && (accept == null || !accept.contains("text/html"))) {
            ctx.status(status)
                    .json(dev.ltt.server.http.Problem.of(status, text))
                    .contentType(dev.ltt.server.http.Problem.CONTENT_TYPE_UTF8)
                    .header("Cache-Control", "no-store");
            return;
        }
        ctx.status(status)
                .contentType("text/html; charset=utf-8")
                .header("Cache-Control", "no-store")
                .header("X-Content-Type-Options", "nosniff")
                .header("Content-Security-Policy", "default-src 'none'; style-src 'unsafe-inline'; base-uri 'none'")
                .result(page(heading, "<p>" + escape(text) + "</p>"));
    }

    static String page(String heading, String body) {
        return "<!DOCTYPE html>\n<html lang=\"en\"><head><meta charset=\"utf-8\">"
                + "<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\"><title>" + escape(heading)
                + " · LTT</title><style>body{font-family:system-ui,sans-serif;max-width:40rem;margin:2rem auto;"
                + "padding:0 1rem;line-height:1.5}</style></head><body><main><h1>" + escape(heading) + "</h1>" + body
                + "</main></body></html>\n";
    }

    static String escape(String text) {
        if (text == null) return "";
        StringBuilder out = new StringBuilder(text.length());
        for (char c : text.toCharArray()) {
            switch (c) {
                case '<' -> out.append("&lt;");
                case '>' -> out.append("&gt;");
                case '&' -> out.append("&amp;");
                case '"' -> out.append("&quot;");
                case '\'' -> out.append("&#39;");
                default -> out.append(c);
            }
        }
        return out.toString();
    }
}
