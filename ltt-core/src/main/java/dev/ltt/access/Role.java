package dev.ltt.access;

/** What a caller may do (behaviour.md section 9). */
public enum Role {
    /** Everything: ingest, edit templates, create learners, issue tokens. */
    ADMIN,
    /** Read every learner's progress, answer help requests, write shared comments. */
    INSTRUCTOR,
    /** Read templates; read and change only that learner's state. */
    LEARNER;

    public String key() {
        return name().toLowerCase();
    }
}
