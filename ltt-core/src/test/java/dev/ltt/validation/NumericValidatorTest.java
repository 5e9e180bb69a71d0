package dev.ltt.validation;

import static dev.ltt.validation.Given.answer;
import static dev.ltt.validation.Given.spec;
import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import org.junit.jupiter.api.Test;

class NumericValidatorTest {
    final NumericValidator numeric = new NumericValidator();

    @Test
    void an_exact_number_passes_with_surrounding_whitespace_and_thousands_separators() {
        assertThat(numeric.validate(answer(" 1,234.5\n"), spec("{\"type\": \"numeric\", \"expected\": 1234.5}"))
                        .passed())
                .isTrue();
        assertThat(numeric.validate(answer("0.30"), spec("{\"expected\": 0.3}")).passed())
                .isTrue();
        assertThat(numeric.validate(answer("3e2"), spec("{\"expected\": 300}")).passed())
                .isTrue();
    }

    @Test
    void without_a_tolerance_a_near_miss_fails() {
        ValidationOutcome outcome = numeric.validate(answer("41"), spec("{\"expected\": 42}"));
        assertThat(outcome.passed()).isFalse();
        assertThat(outcome.feedback())
                .contains("\"41\"")
                .contains("not the expected value")
                .doesNotContain("42");
    }

    @Test
    void an_absolute_tolerance_accepts_answers_that_close_and_no_further() {
        assertThat(numeric.validate(answer("3.14"), spec("{\"expected\": 3.14159, \"tolerance\": 0.01}"))
                        .passed())
                .isTrue();
        assertThat(numeric.validate(answer("3.12"), spec("{\"expected\": 3.14159, \"tolerance\": 0.01}"))
                        .passed())
                .isFalse();
    }

    @Test
    void a_relative_tolerance_is_a_fraction_of_the_expected_value() {
        assertThat(numeric.validate(answer("27,000"), spec("{\"expected\": 27628, \"relative_tolerance\": 0.05}"))
                        .passed())
                .isTrue();
        assertThat(numeric.validate(answer("25000"), spec("{\"expected\": 27628, \"relative_tolerance\": 0.05}"))
                        .passed())
                .isFalse();
    }

    @Test
    void text_that_is_not_one_number_asks_for_just_the_number() {
        for (String text : new String[] {"about 42", "42 litres", "1.234,5", "12,34", "", ".", "-", "4 2"}) {
            ValidationOutcome outcome = numeric.validate(answer(text), spec("{\"expected\": 42}"));
            assertThat(outcome.passed()).as(text).isFalse();
            assertThat(outcome.feedback()).as(text).contains("single number");
        }
    }

    @Test
    void parse_reads_signs_decimals_and_exponents() {
        assertThat(NumericValidator.parse("-1,000,000.25")).contains(new BigDecimal("-1000000.25"));
        assertThat(NumericValidator.parse("+.5")).contains(new BigDecimal("0.5"));
        assertThat(NumericValidator.parse("1e999999")).isEmpty();
    }

    @Test
    void a_missing_expected_value_or_a_negative_tolerance_is_a_broken_spec() {
        assertThat(numeric.validate(answer("1"), spec("{}")).feedback()).contains("ask your instructor");
        assertThat(numeric.validate(answer("1"), spec("{\"expected\": 1, \"tolerance\": -1}"))
                        .feedback())
                .contains("ask your instructor");
        assertThat(numeric.validate(answer("1"), spec("{\"expected\": 1, \"tolerance\": \"wide\"}"))
                        .feedback())
                .contains("ask your instructor");
    }
}
