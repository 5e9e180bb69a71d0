package dev.ltt.server.web;

/**
 * A page that cannot be shown, with a heading and words for a person: rendered as an HTML error page with its
 * status (never a stack trace). {@code signIn} pages offer the sign-in link.
 */
final class WebProblem extends RuntimeException {
    final int status;
    final String heading;
    final boolean signIn;

    WebProblem(int status, String heading, String message, boolean signIn) {
        super(message, null, false, false);
        this.status = status;
        this.heading = heading;
        this.signIn = signIn;
    }

    static WebProblem notFound(String message) {
        return new WebProblem(404, "Not found", message, false);
    }

    static WebProblem forbidden(String message) {
        return new WebProblem(403, "Not for this account", message, true);
    }

    static WebProblem badRequest(String message) {
        return new WebProblem(400, "That did not work", message, false);
    }
}
