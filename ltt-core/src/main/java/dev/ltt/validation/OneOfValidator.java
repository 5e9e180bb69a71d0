package dev.ltt.validation;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * Multiple choice: passes when the content is one of the accepted answers, compared trimmed with whitespace
 * runs collapsed and, unless {@code case_sensitive} is true, ignoring case:
 * {@code {"type": "one_of", "options": ["B", "b) 42"], "case_sensitive": false}}. The accepted answers are
 * never shown to the learner. Stateless and thread-safe.
 */
public final class OneOfValidator implements Validator {
    @Override
    public boolean instant() {
        return true;
    }

    @Override
    public String type() {
        return "one_of";
    }

    @Override
    public ValidationOutcome validate(Submission submission, JsonNode spec) {
        boolean caseSensitive = Specs.flag(spec, "case_sensitive", false);
        List<String> options = options(spec.get("options"), caseSensitive);
        if (options.isEmpty()) return Specs.broken(type(), "it lists no accepted answers");
        String answer = Specs.content(submission);
        if (answer.isBlank()) {
            return ValidationOutcome.fail("Your answer is empty: choose one of the options and submit it.");
        }
        if (options.contains(canonical(answer, caseSensitive))) return ValidationOutcome.pass("Correct.");
        return ValidationOutcome.fail("Your answer " + Specs.quote(answer) + " is not the right choice. Review the "
                + "question and the options, then submit the one you think is right (just the option itself).");
    }

    private static List<String> options(JsonNode node, boolean caseSensitive) {
        List<String> options = new ArrayList<>();
        if (node != null && node.isArray()) {
            for (JsonNode option : node) {
                if (option.isValueNode() && !option.isNull()) options.add(canonical(option.asText(), caseSensitive));
            }
        }
        return options;
    }

    private static String canonical(String text, boolean caseSensitive) {
        String collapsed = text.strip().replaceAll("\\s+", " ");
        return caseSensitive ? collapsed : collapsed.toLowerCase(Locale.ROOT);
    }
}
