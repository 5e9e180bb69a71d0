package dev.ltt.server.web;

import io.javalin.http.Context;
import java.nio.charset.StandardCharsets;
import java.util.Base64;

/**
 * Signs in the person an LTI launch identified, with the session token the launch issued. The launch is a
 * cross-site form post from the LMS, so this cookie cannot be SameSite=Strict (the browser would not send it on
 * the redirect that follows): it is SameSite=None; Secure over https, and SameSite=Lax over plain http (where
 * browsers refuse None), which top-level navigations after the launch carry. Forms keep their CSRF token.
 */
public final class LaunchSession {
    private LaunchSession() {}

    public static void signIn(Context ctx, String token) {
        String value = Base64.getUrlEncoder().withoutPadding().encodeToString(token.getBytes(StandardCharsets.UTF_8));
        boolean https = "https".equalsIgnoreCase(ctx.scheme());
        ctx.res()
                .addHeader(
                        "Set-Cookie",
                        Session.COOKIE + "=" + value + "; Path=/; HttpOnly; "
                                + (https ? "SameSite=None; Secure" : "SameSite=Lax"));
    }
}
