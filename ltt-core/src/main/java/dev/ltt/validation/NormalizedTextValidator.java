package dev.ltt.validation;

import com.fasterxml.jackson.databind.JsonNode;
import java.text.Normalizer;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * Passes when the content equals the expected text after normalising both (Unicode NFC, case-insensitive,
 * whitespace runs collapsed, trailing sentence punctuation {@code . , ! ? ; :} ignored):
 * {@code {"type": "normalized_text", "expected": "..."}}. Stateless and thread-safe.
 */
public final class NormalizedTextValidator implements Validator {
    private static final Pattern WHITESPACE = Pattern.compile("\\s+");
    private static final Pattern TRAILING_PUNCTUATION = Pattern.compile("[.,!?;:\u2026\\s]+$");

    @Override
    public boolean instant() {
        return true;
    }

    @Override
    public String type() {
        return "normalized_text";
    }

    @Override
    public ValidationOutcome validate(Submission submission, JsonNode spec) {
        Optional<String> expected = Specs.text(spec, "expected");
        if (expected.isEmpty()) return Specs.broken(type(), "it has no expected answer");
        String got = Specs.content(submission);
        if (normalize(got).equals(normalize(expected.get()))) return ValidationOutcome.pass("Correct.");
        if (got.isBlank()) return ValidationOutcome.fail("Your answer is empty: write your answer and submit again.");
        return ValidationOutcome.fail("Your answer " + Specs.quote(got) + " is not the expected answer "
                + "(capitalisation and spacing do not matter). Re-read the task and try again.");
    }

    /** The form both sides are compared in. */
    static String normalize(String text) {
        String nfc = Normalizer.normalize(text, Normalizer.Form.NFC);
        String collapsed = WHITESPACE.matcher(nfc.strip()).replaceAll(" ");
        return TRAILING_PUNCTUATION.matcher(collapsed).replaceAll("").toLowerCase(Locale.ROOT);
    }
}
