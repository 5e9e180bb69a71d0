package dev.ltt.validation;

/** A project's dataset is configured but could not be loaded (an unreadable file, a script that fails). */
public final class SqlDatasetException extends RuntimeException {
    public SqlDatasetException(String message, Throwable cause) {
        super(message, cause);
    }
}
