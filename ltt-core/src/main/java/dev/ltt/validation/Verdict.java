package dev.ltt.validation;

import com.fasterxml.jackson.annotation.JsonIgnore;

/**
 * The combined judgement of every validator a task names, as stored in a validation row; {@code learnerDatabase}
 * is the learner's database to keep when their SQL changed it (null otherwise), stored with the submission.
 */
public record Verdict(
        boolean passed,
        double grade,
        String feedback,
        String validator,
        @JsonIgnore byte[] learnerDatabase) {
    public Verdict(boolean passed, double grade, String feedback, String validator) {
        this(passed, grade, feedback, validator, null);
    }
}
