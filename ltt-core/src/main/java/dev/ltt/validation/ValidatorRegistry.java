package dev.ltt.validation;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.ltt.json.Json;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Chooses and runs the validators a task names in its template data:
 * {@code validation: {type, ...}} (one validator, e.g. python_output), {@code checks: [...]} (sql_result),
 * {@code validators: [{type, ...}, ...]} (several, all must pass); none of these means non_empty.
 * Thread-safe once built.
 */
public final class ValidatorRegistry {
    private final Map<String, Validator> byType = new LinkedHashMap<>();

    public ValidatorRegistry(List<Validator> validators) {
        validators.forEach(v -> byType.put(v.type(), v));
        byType.putIfAbsent("non_empty", new NonEmptyValidator());
    }

    public Verdict validate(ObjectNode templateExtra, Submission submission) {
        List<JsonNode> specs = specs(templateExtra);
        List<String> names = new ArrayList<>();
        List<String> feedback = new ArrayList<>();
        boolean passed = true;
        double grades = 0;
        byte[] learnerDatabase = null;
        for (JsonNode spec : specs) {
            String type = spec.path("type").asText("non_empty");
            Validator validator = byType.get(type);
            ValidationOutcome outcome = validator != null
                    ? safely(validator, submission, spec)
                    : ValidationOutcome.fail("This task asks for a \"" + type + "\" check, which this LTT does not "
                            + "know; ask your instructor to review the task.");
            names.add(type);
            feedback.add(outcome.feedback());
            passed &= outcome.passed();
            grades += outcome.grade();
            if (outcome.learnerDatabase() != null) learnerDatabase = outcome.learnerDatabase();
        }
        return new Verdict(
                passed, grades / specs.size(), String.join("\n", feedback), String.join("+", names), learnerDatabase);
    }

    private static ValidationOutcome safely(Validator validator, Submission submission, JsonNode spec) {
        try {
            return validator.validate(submission, spec);
        } catch (RuntimeException e) {
            return ValidationOutcome.fail("Your submission could not be checked automatically (" + validator.type()
                    + "). Try again, or ask for help if this repeats.");
        }
    }

    /** Whether every check the task names is {@link Validator#instant} (an unknown one fails at once, so it is too). */
    public boolean instant(ObjectNode templateExtra) {
        for (JsonNode spec : specs(templateExtra)) {
            Validator validator = byType.get(spec.path("type").asText("non_empty"));
            if (validator != null && !validator.instant()) return false;
        }
        return true;
    }

    static List<JsonNode> specs(ObjectNode extra) {
        List<JsonNode> specs = new ArrayList<>();
        JsonNode validation = extra.get("validation");
        if (validation != null && validation.isObject()) specs.add(validation);
        JsonNode checks = extra.get("checks");
        if (checks != null && checks.isArray() && !checks.isEmpty()) {
            specs.add(Json.object().put("type", "sql_result").set("checks", checks));
        }
        JsonNode validators = extra.get("validators");
        if (validators != null && validators.isArray())
            validators.forEach(v -> {
                if (v.isObject()) specs.add(v);
            });
        if (specs.isEmpty()) specs.add(Json.object().put("type", "non_empty"));
        return specs;
    }
}
