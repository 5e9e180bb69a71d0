package dev.ltt.validation;

import com.fasterxml.jackson.databind.JsonNode;

/**
 * A way of judging a submission, named by {@code type} in a task's template data. Implementations are
 * stateless and thread-safe; they never throw for anything a learner submits: a problem with the
 * submission is a failed outcome with feedback, and a problem with the spec is reported the same way.
 */
public interface Validator {
    /** The name a task's template uses for this validator, e.g. {@code non_empty}, {@code python_output}. */
    String type();

    /**
     * True when a check is a few comparisons of strings or numbers, bounded by the submission's size: then it may
     * run while the learner's lock is held. Checks that run SQL, or may take up to a time limit, say false.
     */
    default boolean instant() {
        return false;
    }

    /** Judges the submission against the spec from the template ({@code {"type": ..., ...}}). */
    ValidationOutcome validate(Submission submission, JsonNode spec);
}
