package dev.ltt.error;

/** The request carries no credentials, or credentials that are unknown or expired. */
public final class UnauthenticatedException extends LttException {
    public UnauthenticatedException(String message) {
        super(message);
    }

    @Override
    public Kind kind() {
        return Kind.UNAUTHENTICATED;
    }
}
