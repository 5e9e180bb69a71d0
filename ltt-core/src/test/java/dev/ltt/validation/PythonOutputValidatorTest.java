package dev.ltt.validation;

import static dev.ltt.validation.Given.run;
import static dev.ltt.validation.Given.spec;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import com.fasterxml.jackson.databind.JsonNode;
import dev.ltt.json.Json;
import dev.ltt.testing.Fixtures;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class PythonOutputValidatorTest {
    final PythonOutputValidator python = new PythonOutputValidator();
    final JsonNode hello =
            spec("{\"type\": \"python_output\", " + "\"expected\": {\"output_contains\": [\"Hello, World!\"]}}");

    @Test
    void output_containing_every_expected_fragment_passes() {
        ValidationOutcome outcome = python.validate(
                run("print('Hello, World!')", "{\"output\": \"Hello, World!\\n\", \"errors\": \"\"}"), hello);
        assertThat(outcome.passed()).isTrue();
        assertThat(outcome.grade()).isEqualTo(1.0);
    }

    @Test
    void stdout_and_stderr_are_accepted_for_output_and_errors() {
        JsonNode spec = spec("{\"expected\": {\"output_contains\": [\"True\"], \"no_errors\": true}}");
        assertThat(python.validate(run("print(1 < 2)", "{\"stdout\": \"True\\n\", \"stderr\": \"\"}"), spec)
                        .passed())
                .isTrue();
        ValidationOutcome failed = python.validate(
                run(
                        "print(x)",
                        "{\"stdout\": \"\", \"error\": "
                                + "\"Traceback (most recent call last):\\n  File \\\"main.py\\\", line 1\\nNameError: name 'x' is not "
                                + "defined\"}"),
                spec);
        assertThat(failed.passed()).isFalse();
        assertThat(failed.grade()).isZero();
        assertThat(failed.feedback())
                .contains("NameError: name 'x' is not defined")
                .contains("\"True\"");
    }

    @Test
    void the_grade_is_the_fraction_of_expectations_met() {
        JsonNode spec = spec(
                "{\"expected\": {\"output_contains\": [\"1\", \"2\", \"3\", \"4\", \"5\"], " + "\"no_errors\": true}}");
        ValidationOutcome outcome = python.validate(
                run("for i in range(1, 4): print(i)", "{\"output\": \"1\\n2\\n3\\n\", \"errors\": \"\"}"), spec);
        assertThat(outcome.passed()).isFalse();
        assertThat(outcome.grade()).isCloseTo(4.0 / 6, within(1e-9));
        assertThat(outcome.feedback()).contains("\"4\"").contains("\"5\"");
    }

    @Test
    void the_curriculum_escaped_newline_means_more_than_one_line_of_output() {
        JsonNode spec = spec("{\"expected\": {\"output_contains\": [\"\\\\n\"], \"no_errors\": true}}");
        assertThat(spec.at("/expected/output_contains/0").asText()).isEqualTo("\\n");
        assertThat(python.validate(run("...", "{\"output\": \"My name is Ada\\nI like tea\\n\"}"), spec)
                        .passed())
                .isTrue();
        ValidationOutcome oneLine = python.validate(run("...", "{\"output\": \"My name is Ada\\n\"}"), spec);
        assertThat(oneLine.passed()).isFalse();
        assertThat(oneLine.feedback()).contains("more than one line");
        assertThat(python.validate(run("...", "{\"output\": \"a literal \\\\n printed\"}"), spec)
                        .passed())
                .isTrue();
    }

    @Test
    void without_a_reported_run_the_client_is_told_to_run_the_code_and_send_its_output() {
        for (String result : new String[] {null, "{}", "[1]"}) {
            ValidationOutcome outcome = python.validate(run("print('Hello, World!')", result), hello);
            assertThat(outcome.passed()).isFalse();
            assertThat(outcome.feedback()).contains("Run your code").contains("result.output");
        }
    }

    @Test
    void a_plain_string_result_is_taken_as_the_output() {
        assertThat(python.validate(run("...", "\"Hello, World!\""), hello).passed())
                .isTrue();
    }

    @Test
    void a_spec_without_an_expected_block_is_broken() {
        assertThat(python.validate(run("...", "{\"output\": \"\"}"), spec("{\"type\": \"python_output\"}"))
                        .feedback())
                .contains("ask your instructor");
    }

    @Test
    void every_python_fundamentals_spec_passes_a_clean_run_that_prints_what_it_expects() {
        List<JsonNode> specs = new ArrayList<>();
        collect(
                Json.parse(new String(Fixtures.curriculum(Fixtures.PYTHON), java.nio.charset.StandardCharsets.UTF_8)),
                specs);
        assertThat(specs).hasSize(13);
        for (JsonNode spec : specs) {
            StringBuilder output = new StringBuilder("line one\n");
            for (JsonNode fragment : spec.at("/expected/output_contains")) {
                output.append(OutputMatch.unescape(fragment.asText())).append('\n');
            }
            output.append("last line\n");
            String result =
                    Json.write(Json.object().put("output", output.toString()).put("errors", ""));
            assertThat(python.validate(run("...", result), spec).passed())
                    .as(spec.toString())
                    .isTrue();
        }
    }

    private static void collect(JsonNode node, List<JsonNode> specs) {
        if (node.isObject() && node.has("validation")) specs.add(node.get("validation"));
        node.forEach(child -> collect(child, specs));
    }
}
