package dev.ltt.error;

/** Something the request names does not exist. */
public final class NotFoundException extends LttException {
    public NotFoundException(String message) {
        super(message);
    }

    @Override
    public Kind kind() {
        return Kind.NOT_FOUND;
    }
}
