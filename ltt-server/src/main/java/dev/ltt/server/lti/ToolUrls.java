package dev.ltt.server.lti;

import io.javalin.http.Context;

/**
 * The tool's own addresses as platforms must know them. They come from {@code LTT_PUBLIC_URL} when set (behind a
 * proxy), else from the request's scheme and Host, so that the {@code redirect_uri} sent at login is exactly the
 * launch URL {@code /lti/config} names to whoever reads it on the same address.
 */
record ToolUrls(String base) {
    static final String LOGIN = "/lti/login";
    static final String LAUNCH = "/lti/launch";
    static final String JWKS = "/lti/jwks";
    static final String CONFIG = "/lti/config";
    static final String DEEP_LINK = "/lti/deep-link";
    static final String REGISTER = "/lti/register";

    static ToolUrls of(Context ctx) {
        String configured = System.getenv("LTT_PUBLIC_URL");
        if (configured != null && configured.matches("https?://[^\\s/?#]+(/[^\\s?#]*)?")) {
            return new ToolUrls(configured.replaceAll("/+$", ""));
        }
        String host = ctx.header("Host");
        if (host == null || !host.matches("[A-Za-z0-9.:\\[\\]-]{1,300}")) host = ctx.host();
        return new ToolUrls(ctx.scheme() + "://" + host);
    }

    String login() {
        return base + LOGIN;
    }

    String launch() {
        return base + LAUNCH;
    }

    String jwks() {
        return base + JWKS;
    }

    String deepLink() {
        return base + DEEP_LINK;
    }

    String register() {
        return base + REGISTER;
    }
}
