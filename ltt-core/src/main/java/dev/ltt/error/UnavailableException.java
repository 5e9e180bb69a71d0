package dev.ltt.error;

/** LTT cannot serve the request now (for example its database is unreachable); the caller may try again later. */
public final class UnavailableException extends LttException {
    public UnavailableException(String message) {
        super(message);
    }

    public UnavailableException(String message, Throwable cause) {
        super(message, cause);
    }

    @Override
    public Kind kind() {
        return Kind.UNAVAILABLE;
    }
}
