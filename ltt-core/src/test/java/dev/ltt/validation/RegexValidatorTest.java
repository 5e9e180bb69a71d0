package dev.ltt.validation;

import static dev.ltt.validation.Given.answer;
import static dev.ltt.validation.Given.spec;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import org.junit.jupiter.api.Test;

class RegexValidatorTest {
    final RegexValidator regex = new RegexValidator();

    @Test
    void a_pattern_found_anywhere_in_the_answer_passes() {
        JsonNode spec = spec("{\"type\": \"regex\", \"pattern\": \"SELECT\\\\s+\\\\*\"}");
        assertThat(regex.validate(answer("I wrote SELECT * FROM location"), spec)
                        .passed())
                .isTrue();
        assertThat(regex.validate(answer("select * from location"), spec).passed())
                .isFalse();
    }

    @Test
    void flags_make_the_pattern_case_insensitive_multiline_or_dotall() {
        assertThat(regex.validate(answer("select *"), spec("{\"pattern\": \"SELECT\", \"flags\": \"i\"}"))
                        .passed())
                .isTrue();
        assertThat(regex.validate(answer("a\nb"), spec("{\"pattern\": \"^b$\", \"flags\": \"m\"}"))
                        .passed())
                .isTrue();
        assertThat(regex.validate(answer("a\nb"), spec("{\"pattern\": \"a.b\", \"flags\": \"si\"}"))
                        .passed())
                .isTrue();
        assertThat(regex.validate(answer("a\nb"), spec("{\"pattern\": \"a.b\"}"))
                        .passed())
                .isFalse();
    }

    @Test
    void full_match_requires_the_whole_answer_to_match() {
        JsonNode spec = spec("{\"pattern\": \"\\\\d{4}\", \"full_match\": true}");
        assertThat(regex.validate(answer("2024"), spec).passed()).isTrue();
        ValidationOutcome partly = regex.validate(answer("year 2024"), spec);
        assertThat(partly.passed()).isFalse();
        assertThat(partly.feedback()).contains("whole answer");
    }

    @Test
    void the_hint_from_the_spec_is_part_of_the_feedback() {
        ValidationOutcome outcome = regex.validate(
                answer("no"), spec("{\"pattern\": \"yes\", \"hint\": \"answer yes or no in capitals\"}"));
        assertThat(outcome.feedback()).contains("Hint: answer yes or no in capitals");
    }

    @Test
    void a_pattern_that_does_not_compile_or_an_unknown_flag_is_a_broken_spec_not_an_exception() {
        ValidationOutcome bad = regex.validate(answer("x"), spec("{\"pattern\": \"(unclosed\"}"));
        assertThat(bad.passed()).isFalse();
        assertThat(bad.feedback()).contains("ask your instructor");
        assertThat(regex.validate(answer("x"), spec("{\"pattern\": \"x\", \"flags\": \"q\"}"))
                        .feedback())
                .contains("ask your instructor");
        assertThat(regex.validate(answer("x"), spec("{}")).feedback()).contains("ask your instructor");
    }

    @Test
    void answers_longer_than_the_limit_are_not_tested() {
        ValidationOutcome outcome =
                regex.validate(answer("a".repeat(RegexValidator.MAX_CONTENT + 1)), spec("{\"pattern\": \"a\"}"));
        assertThat(outcome.passed()).isFalse();
        assertThat(outcome.feedback()).contains("at most " + RegexValidator.MAX_CONTENT);
    }

    @Test
    void a_catastrophically_backtracking_pattern_is_stopped_in_time() {
        // Java 17 memoises the textbook (a+)+ case; a backreference defeats that and backtracks for years.
        long start = System.nanoTime();
        ValidationOutcome outcome = regex.validate(answer("a".repeat(40)), spec("{\"pattern\": \"^(a|a)*(\\\\1)b$\"}"));
        assertThat(outcome.passed()).isFalse();
        assertThat(outcome.feedback()).contains("too long to check");
        assertThat((System.nanoTime() - start) / 1_000_000).isLessThan(RegexValidator.TIME_LIMIT_MILLIS + 2_000);
    }
}
