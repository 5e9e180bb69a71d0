package dev.ltt.error;

/** The caller may not do this. */
public final class ForbiddenException extends LttException {
    public ForbiddenException(String message) {
        super(message);
    }

    @Override
    public Kind kind() {
        return Kind.FORBIDDEN;
    }
}
