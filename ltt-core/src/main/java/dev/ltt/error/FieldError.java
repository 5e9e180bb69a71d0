package dev.ltt.error;

/**
 * One problem with one piece of input: where it is (a JSON path such as {@code epics[2].tasks[0].title}
 * or a parameter name) and what to do about it.
 */
public record FieldError(String path, String message) {
    public FieldError {
        if (path == null || path.isBlank()) path = "$";
        if (message == null || message.isBlank()) throw new IllegalArgumentException("message is required");
    }
}
