package dev.ltt.server.web;

import io.javalin.http.Context;

/**
 * Writes the web UI's cookies with the attributes they all share: HttpOnly (no script reads them),
 * SameSite=Strict (no other site sends them), Path=/ and Secure when the request came over https.
 */
final class Cookies {
    private Cookies() {}

    /** Sets a cookie; {@code maxAgeSeconds} negative makes it last for the browser session. */
    static void set(Context ctx, String name, String value, int maxAgeSeconds) {
        StringBuilder header =
                new StringBuilder(name).append('=').append(value).append("; Path=/; HttpOnly; SameSite=Strict");
        if (maxAgeSeconds >= 0) header.append("; Max-Age=").append(maxAgeSeconds);
        if ("https".equalsIgnoreCase(ctx.scheme())) header.append("; Secure");
        ctx.res().addHeader("Set-Cookie", header.toString());
    }

    static void clear(Context ctx, String name) {
        set(ctx, name, "", 0);
    }
}
