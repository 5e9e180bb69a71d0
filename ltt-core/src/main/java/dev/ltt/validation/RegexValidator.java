package dev.ltt.validation;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Passes when the content matches a regular expression: {@code {"type": "regex", "pattern": "...",
 * "flags": "i|m|s", "full_match": false, "hint": "..."}}. Guards against catastrophic patterns twice: content
 * longer than {@value #MAX_CONTENT} characters is not tested, and a match is abandoned after
 * {@value #TIME_LIMIT_MILLIS} ms. Stateless and thread-safe.
 */
public final class RegexValidator implements Validator {
    public static final int MAX_CONTENT = 20_000;
    public static final long TIME_LIMIT_MILLIS = 1_000;

    @Override
    public String type() {
        return "regex";
    }

    @Override
    public ValidationOutcome validate(Submission submission, JsonNode spec) {
        Optional<String> source = Specs.text(spec, "pattern");
        if (source.isEmpty()) return Specs.broken(type(), "it has no pattern");
        Pattern pattern;
        try {
            pattern = Pattern.compile(
                    source.get(), flags(Specs.text(spec, "flags").orElse("")));
        } catch (IllegalArgumentException e) { // includes PatternSyntaxException {
            return Specs.broken(type(), "its pattern or flags are not valid");
        }
        String content = Specs.content(submission);
        if (content.length() > MAX_CONTENT) {
            return ValidationOutcome.fail("Your answer is " + content.length() + " characters long; this check reads "
                    + "at most " + MAX_CONTENT + ". Shorten it to the part the task asks for and submit again.");
        }
        boolean fullMatch = Specs.flag(spec, "full_match", false);
        try {
            Matcher matcher = pattern.matcher(DeadlineCharSequence.of(content, TIME_LIMIT_MILLIS));
            if (fullMatch ? matcher.matches() : matcher.find()) {
                return ValidationOutcome.pass("Your answer has the expected form.");
            }
        } catch (DeadlineCharSequence.TimeUp e) {
            return ValidationOutcome.fail("Your answer took too long to check against this task's pattern. Try a "
                    + "shorter answer, or ask your instructor to review the task.");
        }
        String hint = Specs.text(spec, "hint").map(h -> " Hint: " + h).orElse("");
        return ValidationOutcome.fail((fullMatch
                        ? "Your whole answer must have the expected form, and it does not."
                        : "Your answer does not contain what the task asks for.")
                + hint
                + " Re-read the task, adjust your answer and submit again.");
    }

    static int flags(String letters) {
        int flags = 0;
        for (char c : letters.toCharArray()) {
            switch (c) {
                case 'i' -> flags |= Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE;
                case 'm' -> flags |= Pattern.MULTILINE;
                case 's' -> flags |= Pattern.DOTALL;
                default -> throw new IllegalArgumentException("unknown regex flag " + c);
            }
        }
        return flags;
    }
}
