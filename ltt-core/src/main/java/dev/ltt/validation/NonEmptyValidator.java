package dev.ltt.validation;

import com.fasterxml.jackson.databind.JsonNode;

/** The default for a leaf with no spec: anything that is not blank passes. */
public final class NonEmptyValidator implements Validator {
    @Override
    public boolean instant() {
        return true;
    }

    @Override
    public String type() {
        return "non_empty";
    }

    @Override
    public ValidationOutcome validate(Submission submission, JsonNode spec) {
        return submission.content() == null || submission.content().isBlank()
                ? ValidationOutcome.fail("The submission is empty: write your answer and submit again.")
                : ValidationOutcome.pass("Received. Thank you for your submission.");
    }
}
