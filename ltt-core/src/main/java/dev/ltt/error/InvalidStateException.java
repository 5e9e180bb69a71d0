package dev.ltt.error;

/** The request is well formed but the task's current status does not allow it. */
public final class InvalidStateException extends LttException {
    public InvalidStateException(String message) {
        super(message);
    }

    @Override
    public Kind kind() {
        return Kind.INVALID_STATE;
    }
}
