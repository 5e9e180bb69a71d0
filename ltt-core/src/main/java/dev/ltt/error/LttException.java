package dev.ltt.error;

import java.util.List;

/**
 * The domain's errors: a small closed hierarchy, each carrying its {@link Kind} and details, that every door
 * (CLI, REST, MCP, web) maps once to its own form (exit code, problem+json status, tool error code) with an
 * exhaustive switch over {@link #kind()}. Messages are written for the person or agent who must act on them
 * and never carry internals.
 */
public abstract sealed class LttException extends RuntimeException
        permits NotFoundException,
                ConflictException,
                InvalidInputException,
                InvalidStateException,
                BlockedException,
                ForbiddenException,
                UnauthenticatedException,
                UnavailableException {

    protected LttException(String message) {
        super(message, null, false, false);
    }

    protected LttException(String message, Throwable cause) {
        super(message, cause, false, false);
    }

    /** What kind of failure this is; the doors switch over it. */
    public abstract Kind kind();

    /** The stable machine-readable code the doors put on the wire: {@code kind().name()}. */
    public final String code() {
        return kind().name();
    }

    /** Every problem with the input, each with its path (empty unless the kind is INVALID_INPUT). */
    public List<FieldError> errors() {
        return List.of();
    }

    /** Ids of the prerequisite tasks that stand in the way (empty unless the kind is BLOCKED). */
    public List<String> blockedBy() {
        return List.of();
    }
}
