package dev.ltt.validation;

import static dev.ltt.validation.Given.spec;
import static dev.ltt.validation.Given.sql;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import org.junit.jupiter.api.Test;

class SqlResultReportedTest {
    final SqlResultValidator validator = new SqlResultValidator(SqlDatasets.none());
    final JsonNode fiveWaterSources = spec("{\"type\": \"sql_result\", \"checks\": [{\"query\": \"SELECT * FROM "
            + "water_source LIMIT 5\", \"expect\": {\"row_count\": 5, \"columns\": [\"source_id\", "
            + "\"type_of_water_source\", \"number_of_people_served\"]}}]}");
    final JsonNode modifies = spec("{\"checks\": [{\"query\": \"UPDATE ...\", \"expect\": {\"modifies\": true}}]}");

    ValidationOutcome submit(String result, JsonNode spec) {
        return validator.validate(sql("maji-ndogo-part1-v3", "SELECT * FROM water_source LIMIT 5", result), spec);
    }

    @Test
    void without_a_dataset_the_reported_result_is_judged_and_the_feedback_says_so() {
        ValidationOutcome outcome = submit(
                "{\"columns\": [\"source_id\", \"type_of_water_source\", "
                        + "\"number_of_people_served\"], \"row_count\": 5}",
                fiveWaterSources);
        assertThat(outcome.passed()).isTrue();
        assertThat(outcome.feedback()).contains("judged from the result your client reported");
    }

    @Test
    void a_reported_result_that_misses_the_expectations_fails_with_what_differs() {
        ValidationOutcome outcome = submit("{\"columns\": [\"source_id\"], \"row_count\": 7}", fiveWaterSources);
        assertThat(outcome.passed()).isFalse();
        assertThat(outcome.feedback())
                .contains("your client reported")
                .contains("exactly 5 rows, yours has 7")
                .contains("yours has source_id");
    }

    @Test
    void reported_rows_are_counted_and_the_keys_of_the_first_give_the_columns() {
        String row = "{\"source_id\": \"A\", \"type_of_water_source\": \"well\", \"number_of_people_served\": 1}";
        String rows = "{\"rows\": [" + String.join(", ", row, row, row, row, row) + "]}";
        assertThat(submit(rows, fiveWaterSources).passed()).isTrue();
    }

    @Test
    void missing_parts_of_a_report_are_named() {
        ValidationOutcome outcome = submit("{\"row_count\": 5}", fiveWaterSources);
        assertThat(outcome.passed()).isFalse();
        assertThat(outcome.grade()).isZero();
        assertThat(outcome.feedback()).contains("report columns");
        assertThat(submit("{\"row_count\": 5}", modifies).feedback()).contains("report rows_affected");
    }

    @Test
    void rows_affected_tells_whether_the_statements_changed_the_database() {
        assertThat(submit("{\"rows_affected\": 38}", modifies).passed()).isTrue();
        assertThat(submit("{\"rows_affected\": 0}", modifies).feedback()).contains("changed nothing");
    }

    @Test
    void a_reported_error_fails_with_the_error() {
        ValidationOutcome outcome = submit("{\"error\": \"no such column: nme\"}", fiveWaterSources);
        assertThat(outcome.passed()).isFalse();
        assertThat(outcome.feedback()).contains("no such column: nme");
    }

    @Test
    void without_a_dataset_or_a_result_the_learner_is_told_to_run_the_query_and_send_its_result() {
        for (String result : new String[] {null, "{}", "\"5 rows\"", "{\"note\": \"done\"}"}) {
            ValidationOutcome outcome = submit(result, fiveWaterSources);
            assertThat(outcome.passed()).as(String.valueOf(result)).isFalse();
            assertThat(outcome.feedback()).contains("Run your SQL").contains("result.columns");
        }
    }

    @Test
    void a_project_without_a_dataset_file_is_judged_from_its_report_even_when_a_directory_is_set() {
        SqlResultValidator withDirectory = new SqlResultValidator(MajiNdogoChecks.datasets());
        ValidationOutcome outcome = withDirectory.validate(sql("another-project", "SELECT 1", null), fiveWaterSources);
        assertThat(outcome.feedback()).contains("Run your SQL");
    }

    @Test
    void broken_checks_fail_and_send_the_learner_to_the_instructor() {
        for (String checks : new String[] {
            "[]",
            "[{\"query\": \"q\"}]",
            "[{\"query\": \"q\", \"expect\": " + "{\"row_count\": \"five\"}}]",
            "[{\"query\": \"q\", \"expect\": {\"columns\": \"a, b\"}}]"
        }) {
            ValidationOutcome outcome = submit("{\"row_count\": 5}", spec("{\"checks\": " + checks + "}"));
            assertThat(outcome.passed()).as(checks).isFalse();
            assertThat(outcome.feedback()).as(checks).contains("ask your instructor");
        }
    }
}
