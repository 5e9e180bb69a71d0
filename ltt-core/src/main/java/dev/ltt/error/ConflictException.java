package dev.ltt.error;

/** The request clashes with what is already stored (an id or a (slug, version) taken). */
public final class ConflictException extends LttException {
    public ConflictException(String message) {
        super(message);
    }

    @Override
    public Kind kind() {
        return Kind.CONFLICT;
    }
}
