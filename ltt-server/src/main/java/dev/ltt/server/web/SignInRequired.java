package dev.ltt.server.web;

/** Thrown when a page needs a signed-in person and there is none: the page redirects to the sign-in form. */
final class SignInRequired extends RuntimeException {
    SignInRequired() {
        super(null, null, false, false);
    }
}
