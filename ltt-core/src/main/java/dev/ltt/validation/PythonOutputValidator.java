package dev.ltt.validation;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.List;

/**
 * Judges Python code by the run the client reports in the submission's {@code result}:
 * {@code {"type": "python_output", "expected": {"output_contains": ["..."], "no_errors": true}}}. The result is
 * {@code {"output": "...", "errors": "..."}} ({@code stdout}, {@code stderr} and {@code error} are accepted
 * too; a plain string is taken as the output). The grade is the fraction of expectations met. An expected
 * string written with escapes, such as the two characters {@code \n}, also matches the character it denotes
 * in the output, ignoring line breaks that only end the output (so {@code \n} means "more than one line").
 * Stateless and thread-safe.
 */
public final class PythonOutputValidator implements Validator {
    @Override
    public boolean instant() {
        return true;
    }

    @Override
    public String type() {
        return "python_output";
    }

    @Override
    public ValidationOutcome validate(Submission submission, JsonNode spec) {
        JsonNode expected = spec.path("expected");
        if (!expected.isObject()) return Specs.broken(type(), "it has no expected block");
        JsonNode containsNode = expected.path("output_contains");
        if (!containsNode.isMissingNode() && !containsNode.isArray()) {
            return Specs.broken(type(), "output_contains is not a list");
        }
        RunReport run = RunReport.of(submission.result());
        if (run == null) {
            return ValidationOutcome.fail("No run was reported with this submission. Run your code, then submit it "
                    + "again with what it printed in result.output and any error message in result.errors.");
        }
        List<String> problems = new ArrayList<>();
        int expectations = 0;
        for (JsonNode item : containsNode) {
            expectations++;
            String want = item.asText();
            if (!OutputMatch.contains(run.output(), want)) problems.add("the output should contain " + show(want));
        }
        if (expected.path("no_errors").asBoolean(false)) {
            expectations++;
            if (!run.errors().isBlank()) problems.add("your code reported an error: " + lastLine(run.errors()));
        }
        if (problems.isEmpty()) return ValidationOutcome.pass("Your program ran and its output is as expected.");
        double grade = expectations == 0 ? 0 : (double) (expectations - problems.size()) / expectations;
        return new ValidationOutcome(
                false,
                grade,
                "Not yet: " + String.join("; ", problems)
                        + ". Fix your code, run it again and submit it with the new output.");
    }

    private static String show(String want) {
        return want.equals("\\n") || want.equals("\n") ? "more than one line" : "\"" + want + "\"";
    }

    /** The last line of a Python traceback names the error. */
    private static String lastLine(String errors) {
        String[] lines = errors.strip().split("\\R");
        String last = lines[lines.length - 1].strip();
        return last.length() > 200 ? last.substring(0, 197) + "..." : last;
    }

    /** What the client reported from running the code; {@code of} returns null when nothing usable was sent. */
    record RunReport(String output, String errors) {
        static RunReport of(JsonNode result) {
            if (result == null || result.isNull() || result.isMissingNode()) return null;
            if (result.isTextual()) return new RunReport(result.asText(), "");
            if (!result.isObject()) return null;
            JsonNode output = first(result, "output", "stdout");
            JsonNode errors = first(result, "errors", "stderr", "error");
            if (output == null && errors == null) return null;
            boolean failed = errors != null && errors.isBoolean() && errors.booleanValue();
            return new RunReport(text(output), failed ? "the run failed" : text(errors));
        }

        private static JsonNode first(JsonNode result, String... names) {
            for (String name : names) {
                JsonNode node = result.get(name);
                if (node != null && !node.isNull()) return node;
            }
            return null;
        }

        private static String text(JsonNode node) {
            if (node == null || node.isBoolean()) return "";
            return node.isValueNode() ? node.asText() : node.toString();
        }
    }
}
