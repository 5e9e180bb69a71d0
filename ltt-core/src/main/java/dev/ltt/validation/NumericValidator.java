package dev.ltt.validation;

import com.fasterxml.jackson.databind.JsonNode;
import java.math.BigDecimal;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * Passes when the content is a number close enough to the expected one:
 * {@code {"type": "numeric", "expected": 3.14, "tolerance": 0.01, "relative_tolerance": 0.001}}. It passes
 * within the absolute tolerance (default 0) or within the relative one (a fraction of |expected|). The
 * content is one number with optional surrounding whitespace, a sign, a decimal point, an exponent and comma
 * thousands separators in groups of three ({@code 1,234.5}); nothing else. Stateless and thread-safe.
 */
public final class NumericValidator implements Validator {
    private static final Pattern NUMBER =
            Pattern.compile("[+-]?(?:\\d{1,3}(?:,\\d{3})+|\\d+)?(?:\\.\\d+)?(?:[eE][+-]?\\d{1,3})?");
    private static final Pattern HAS_DIGIT = Pattern.compile(".*\\d.*");

    @Override
    public boolean instant() {
        return true;
    }

    @Override
    public String type() {
        return "numeric";
    }

    @Override
    public ValidationOutcome validate(Submission submission, JsonNode spec) {
        Optional<BigDecimal> expected = number(spec.get("expected"));
        Optional<Tolerance> tolerance = Tolerance.of(spec);
        if (expected.isEmpty()) return Specs.broken(type(), "it has no expected number");
        if (tolerance.isEmpty()) return Specs.broken(type(), "a tolerance is not a number of 0 or more");
        String content = Specs.content(submission).strip();
        Optional<BigDecimal> answer = parse(content);
        if (answer.isEmpty()) {
            return ValidationOutcome.fail("Your answer should be a single number, like 42, -3.5 or 1,250.75"
                    + (content.isEmpty() ? "" : "; " + Specs.quote(content) + " is not") + ". Submit just the number.");
        }
        if (tolerance.get().accepts(answer.get(), expected.get())) return ValidationOutcome.pass("Correct.");
        return ValidationOutcome.fail("Your answer " + Specs.quote(content) + " is not the expected value. Check your "
                + "working (units, rounding, the exact quantity asked for) and try again.");
    }

    /** The number a learner wrote, if the whole text is one number in the accepted format. */
    static Optional<BigDecimal> parse(String text) {
        String trimmed = text.strip();
        if (!NUMBER.matcher(trimmed).matches() || !HAS_DIGIT.matcher(trimmed).matches()) return Optional.empty();
        try {
            return Optional.of(new BigDecimal(trimmed.replace(",", "").replaceFirst("^\\+", "")));
        } catch (NumberFormatException e) {
            return Optional.empty();
        }
    }

    private static Optional<BigDecimal> number(JsonNode node) {
        if (node == null || node.isNull()) return Optional.empty();
        if (node.isNumber()) return Optional.of(node.decimalValue());
        return node.isTextual() ? parse(node.asText()) : Optional.empty();
    }

    /** How far from the expected value an answer may be: absolute, or a fraction of |expected|. */
    private record Tolerance(BigDecimal absolute, BigDecimal relative) {
        /** The spec's tolerances (absent means 0); empty when one is given but is not a number of 0 or more. */
        static Optional<Tolerance> of(JsonNode spec) {
            BigDecimal absolute = field(spec, "tolerance");
            BigDecimal relative = field(spec, "relative_tolerance");
            if (absolute == null || relative == null) return Optional.empty();
            return Optional.of(new Tolerance(absolute, relative));
        }

        private static BigDecimal field(JsonNode spec, String name) {
            JsonNode node = spec.get(name);
            if (node == null || node.isNull()) return BigDecimal.ZERO;
            return number(node).filter(n -> n.signum() >= 0).orElse(null);
        }

        boolean accepts(BigDecimal answer, BigDecimal expected) {
            BigDecimal distance = answer.subtract(expected).abs();
            return distance.compareTo(absolute) <= 0 || distance.compareTo(relative.multiply(expected.abs())) <= 0;
        }
    }
}
