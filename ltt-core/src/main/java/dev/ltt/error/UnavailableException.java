package dev.ltt.error;

/** LTT cannot serve the request now (for example its database is unreachable); the caller may try again later. */
public final class UnavailableException extends LttException {
    public UnavailableException(String message) {
        super(message);
    }

    @Override
    public String code() {
        return "UNAVAILABLE";
    }
}
