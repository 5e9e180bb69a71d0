package dev.ltt.validation;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.Optional;

/**
 * Passes when the trimmed content equals the trimmed expected answer:
 * {@code {"type": "exact", "expected": "...", "case_sensitive": true}}. The expected answer is never shown
 * to the learner; near misses (capitalisation, spacing) are named. Stateless and thread-safe.
 */
public final class ExactValidator implements Validator {
    @Override
    public boolean instant() {
        return true;
    }

    @Override
    public String type() {
        return "exact";
    }

    @Override
    public ValidationOutcome validate(Submission submission, JsonNode spec) {
        Optional<String> expected = Specs.text(spec, "expected");
        if (expected.isEmpty()) return Specs.broken(type(), "it has no expected answer");
        boolean caseSensitive = Specs.flag(spec, "case_sensitive", true);
        String want = expected.get().strip();
        String got = Specs.content(submission).strip();
        if (caseSensitive ? got.equals(want) : got.equalsIgnoreCase(want)) {
            return ValidationOutcome.pass("Correct.");
        }
        if (got.isEmpty()) return ValidationOutcome.fail("Your answer is empty: write your answer and submit again.");
        if (got.equalsIgnoreCase(want)) {
            return ValidationOutcome.fail("Almost: check the capitalisation of your answer; it must match exactly.");
        }
        if (NormalizedTextValidator.normalize(got).equals(NormalizedTextValidator.normalize(want))) {
            return ValidationOutcome.fail(
                    "Almost: check the spacing and punctuation of your answer; it must match " + "exactly.");
        }
        return ValidationOutcome.fail("Your answer " + Specs.quote(got) + " is not the expected answer. Re-read the "
                + "task and try again.");
    }
}
