package dev.ltt.validation;

import static dev.ltt.validation.Given.answer;
import static dev.ltt.validation.Given.spec;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import org.junit.jupiter.api.Test;

class SimpleValidatorsTest {
    final NonEmptyValidator nonEmpty = new NonEmptyValidator();
    final ExactValidator exact = new ExactValidator();
    final NormalizedTextValidator normalized = new NormalizedTextValidator();
    final OneOfValidator oneOf = new OneOfValidator();

    @Test
    void non_empty_passes_any_text_and_asks_for_an_answer_when_blank() {
        assertThat(nonEmpty.validate(answer("my notes"), spec("{}")).passed()).isTrue();
        ValidationOutcome blank = nonEmpty.validate(answer("  \n "), spec("{}"));
        assertThat(blank.passed()).isFalse();
        assertThat(blank.feedback()).contains("empty");
        assertThat(nonEmpty.validate(answer(null), spec("{}")).passed()).isFalse();
    }

    @Test
    void exact_trims_and_is_case_sensitive_by_default() {
        JsonNode spec = spec("{\"type\": \"exact\", \"expected\": \"SELECT\"}");
        assertThat(exact.validate(answer("  SELECT \n"), spec).passed()).isTrue();
        ValidationOutcome wrongCase = exact.validate(answer("select"), spec);
        assertThat(wrongCase.passed()).isFalse();
        assertThat(wrongCase.feedback()).contains("capitalisation");
    }

    @Test
    void exact_can_ignore_case_and_names_a_spacing_near_miss_without_revealing_the_answer() {
        assertThat(exact.validate(answer("select"), spec("{\"expected\": \"SELECT\", \"case_sensitive\": false}"))
                        .passed())
                .isTrue();
        ValidationOutcome spacing = exact.validate(answer("Hello  world"), spec("{\"expected\": \"Hello world\"}"));
        assertThat(spacing.passed()).isFalse();
        assertThat(spacing.feedback()).contains("spacing");
        ValidationOutcome wrong = exact.validate(answer("Goodbye"), spec("{\"expected\": \"Hello world\"}"));
        assertThat(wrong.feedback()).contains("\"Goodbye\"").doesNotContain("Hello world");
    }

    @Test
    void exact_accepts_a_numeric_expected_value() {
        assertThat(exact.validate(answer("42"), spec("{\"expected\": 42}")).passed())
                .isTrue();
    }

    @Test
    void normalized_text_ignores_case_whitespace_and_trailing_sentence_punctuation() {
        JsonNode spec = spec("{\"type\": \"normalized_text\", \"expected\": \"The water is  clean.\"}");
        assertThat(normalized.validate(answer("the WATER is\tclean"), spec).passed())
                .isTrue();
        assertThat(normalized.validate(answer("  The water is clean!!  "), spec).passed())
                .isTrue();
        ValidationOutcome wrong = normalized.validate(answer("The water is dirty"), spec);
        assertThat(wrong.passed()).isFalse();
        assertThat(wrong.feedback()).contains("not the expected answer");
    }

    @Test
    void normalized_text_keeps_brackets_and_inner_punctuation_significant() {
        JsonNode spec = spec("{\"expected\": \"f(x)\"}");
        assertThat(normalized.validate(answer("f(x"), spec).passed()).isFalse();
        assertThat(normalized.validate(answer("F(X)."), spec).passed()).isTrue();
    }

    @Test
    void one_of_accepts_any_listed_answer_ignoring_case_and_spacing() {
        JsonNode spec = spec("{\"type\": \"one_of\", \"options\": [\"B\", \"b) 42 litres\"]}");
        assertThat(oneOf.validate(answer(" b "), spec).passed()).isTrue();
        assertThat(oneOf.validate(answer("B)  42 Litres"), spec).passed()).isTrue();
        ValidationOutcome wrong = oneOf.validate(answer("C"), spec);
        assertThat(wrong.passed()).isFalse();
        assertThat(wrong.feedback()).contains("\"C\"").doesNotContain("42");
    }

    @Test
    void one_of_can_be_case_sensitive() {
        JsonNode spec = spec("{\"options\": [\"NULL\"], \"case_sensitive\": true}");
        assertThat(oneOf.validate(answer("NULL"), spec).passed()).isTrue();
        assertThat(oneOf.validate(answer("null"), spec).passed()).isFalse();
    }

    @Test
    void broken_specs_fail_and_send_the_learner_to_the_instructor() {
        assertThat(exact.validate(answer("x"), spec("{\"type\": \"exact\"}")).feedback())
                .contains("instructor");
        assertThat(normalized.validate(answer("x"), spec("{}")).feedback()).contains("instructor");
        ValidationOutcome noOptions = oneOf.validate(answer("x"), spec("{\"options\": []}"));
        assertThat(noOptions.passed()).isFalse();
        assertThat(noOptions.feedback()).contains("instructor");
    }
}
