package dev.ltt.error;

/**
 * The domain's errors: a small closed hierarchy that every door (CLI, REST, MCP, web) maps once to its own
 * form (exit code, problem+json status, tool error code). Messages are written for the person or agent who
 * must act on them and never carry internals.
 */
public abstract sealed class LttException extends RuntimeException
        permits NotFoundException, ConflictException, InvalidInputException, InvalidStateException,
                BlockedException, ForbiddenException, UnavailableException {

    protected LttException(String message) {
        super(message, null, false, false);
    }

    /** A stable machine-readable code: NOT_FOUND, CONFLICT, INVALID_INPUT, INVALID_STATE, BLOCKED, FORBIDDEN, UNAVAILABLE. */
    public abstract String code();
}
