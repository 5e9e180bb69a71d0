package dev.ltt.server.http;

/**
 * Who may call a route. The learner-scoped levels compare the caller with the {@code learnerId} in the path.
 */
public enum Access {
    /** No token needed (health, metrics, the API description). */
    PUBLIC,
    /** Any valid token: reading templates. */
    ANY,
    /** Admins and instructors: cohort views, the help queue, curriculum export. */
    STAFF,
    /** Admins only: ingesting, editing templates, creating learners, issuing tokens. */
    ADMIN,
    /** Admins, instructors and the learner of the path: reading a learner's state. */
    LEARNER_READ,
    /** Admins and the learner of the path: changing a learner's state. */
    LEARNER_WRITE
}
