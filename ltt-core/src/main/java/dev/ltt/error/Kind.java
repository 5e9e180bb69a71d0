package dev.ltt.error;

/**
 * What kind of failure a domain error is: the one thing every door maps, each with one exhaustive
 * {@code switch} (no default branch), so that a new kind fails the build until every door handles it.
 * The name is the machine-readable code the doors put on the wire.
 */
public enum Kind {
    /** The input cannot be accepted; the details say where and what to do. */
    INVALID_INPUT,
    /** Something the request names does not exist. */
    NOT_FOUND,
    /** The request clashes with what is already stored. */
    CONFLICT,
    /** The request is well formed but the current status does not allow it. */
    INVALID_STATE,
    /** The task is blocked for this learner by prerequisites or a stated reason. */
    BLOCKED,
    /** The caller is known but may not do this. */
    FORBIDDEN,
    /** Nobody known is asking: no credentials, or credentials that are not valid. */
    UNAUTHENTICATED,
    /** LTT cannot serve this now (its database is unreachable); trying again later may work. */
    UNAVAILABLE
}
