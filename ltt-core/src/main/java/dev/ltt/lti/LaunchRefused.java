package dev.ltt.lti;

/**
 * A login or launch LTT will not accept, with the HTTP status the tool answers (400 malformed, 401 not
 * trusted, 404 unknown, 503 the platform unreachable) and a sentence the person in front of the LMS (or its
 * admin) can act on. Nothing of the person's state has been written when this is thrown.
 */
public final class LaunchRefused extends RuntimeException {
    private final int status;

    public LaunchRefused(int status, String message) {
        super(message, null, false, false);
        this.status = status;
    }

    public static LaunchRefused bad(String message) {
        return new LaunchRefused(400, message);
    }

    public static LaunchRefused untrusted(String message) {
        return new LaunchRefused(401, message);
    }

    public int status() {
        return status;
    }
}
