package dev.ltt.error;

import java.util.List;

/** Input that cannot be accepted; carries every problem found at once, each with its path. */
public final class InvalidInputException extends LttException {
    private final List<FieldError> errors;

    public InvalidInputException(String message, List<FieldError> errors) {
        super(message);
        this.errors = List.copyOf(errors);
    }

    public InvalidInputException(String path, String message) {
        this(message, List.of(new FieldError(path, message)));
    }

    @Override
    public List<FieldError> errors() {
        return errors;
    }

    @Override
    public Kind kind() {
        return Kind.INVALID_INPUT;
    }
}
