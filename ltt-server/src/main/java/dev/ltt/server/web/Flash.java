package dev.ltt.server.web;

import io.javalin.http.Context;
import java.nio.charset.StandardCharsets;
import java.util.Base64;

/**
 * A one-time message carried across a POST-redirect-GET in a short-lived cookie (in a query parameter on pages
 * under a launch handle, where there are no cookies): what happened ({@code kind}
 * success, error or info) in words. Read once and cleared. The text is escaped when shown, so a forged cookie
 * can only change words, never the page.
 */
public record Flash(String kind, String text) {
    static final String COOKIE = "ltt_flash";
    private static final int MAX_TEXT = 1500;

    public static Flash success(String text) {
        return new Flash("success", text);
    }

    public static Flash error(String text) {
        return new Flash("error", text);
    }

    public boolean isError() {
        return "error".equals(kind);
    }

    void set(Context ctx) {
        String t = text.length() > MAX_TEXT ? text.substring(0, MAX_TEXT) + "…" : text;
        String value = Base64.getUrlEncoder()
                .withoutPadding()
                .encodeToString((kind + "\n" + t).getBytes(StandardCharsets.UTF_8));
        if (LaunchPaths.handle(ctx) != null) ctx.attribute(LaunchPaths.FLASH, value); // no cookies in an LMS frame
        else Cookies.set(ctx, COOKIE, value, 60);
    }

    /** The flash sent with this request, if any, clearing it so it shows once. */
    static Flash take(Context ctx) {
        boolean framed = LaunchPaths.handle(ctx) != null;
        String value = framed ? ctx.queryParam(LaunchPaths.FLASH_PARAM) : ctx.cookie(COOKIE);
        if (value == null || value.isEmpty() || value.length() > 4000) return null;
        if (!framed) Cookies.clear(ctx, COOKIE);
        try {
            String decoded = new String(Base64.getUrlDecoder().decode(value), StandardCharsets.UTF_8);
            int nl = decoded.indexOf('\n');
            if (nl < 0) return null;
            String kind = decoded.substring(0, nl);
            if (!kind.equals("success") && !kind.equals("error") && !kind.equals("info")) return null;
            return new Flash(kind, decoded.substring(nl + 1));
        } catch (IllegalArgumentException e) {
            return null;
        }
    }
}
