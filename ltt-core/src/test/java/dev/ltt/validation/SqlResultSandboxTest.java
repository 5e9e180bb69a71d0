package dev.ltt.validation;

import static dev.ltt.validation.Given.spec;
import static dev.ltt.validation.Given.sql;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import dev.ltt.testing.Fixtures;
import java.time.Duration;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

class SqlResultSandboxTest {
    static final String MAJI = Fixtures.MAJI_NDOGO;
    static final SqlResultValidator validator = new SqlResultValidator(MajiNdogoChecks.datasets());
    static final JsonNode FIVE_LOCATIONS = spec("{\"type\": \"sql_result\", \"checks\": [{\"query\": "
            + "\"SELECT * FROM location LIMIT 5\", \"expect\": {\"row_count\": 5, \"columns\": [\"location_id\", "
            + "\"address\", \"province_name\", \"town_name\", \"location_type\"]}}]}");
    static final JsonNode MODIFIES =
            spec("{\"checks\": [{\"query\": \"UPDATE ...\", " + "\"expect\": {\"modifies\": true}}]}");
    static final JsonNode CLEAN_DESCRIPTIONS =
            spec("{\"checks\": [{\"query\": \"...\", " + "\"expect\": {\"row_count\": 38}}]}");

    static Stream<MajiNdogoChecks.Task> selfContained() {
        return MajiNdogoChecks.tasks().stream().filter(t -> !t.usesAnEarlierTable());
    }

    static Stream<MajiNdogoChecks.Task> usingAnEarlierTable() {
        return MajiNdogoChecks.tasks().stream().filter(MajiNdogoChecks.Task::usesAnEarlierTable);
    }

    ValidationOutcome submit(String content, JsonNode spec) {
        return validator.validate(sql(MAJI, content, null), spec);
    }

    @Test
    void the_curriculum_has_sixteen_subtasks_with_checks() {
        assertThat(MajiNdogoChecks.tasks()).hasSize(16);
        assertThat(usingAnEarlierTable()).hasSize(3);
    }

    @ParameterizedTest
    @MethodSource("selfContained")
    void the_reference_solution_passes_in_the_sandbox(MajiNdogoChecks.Task task) {
        ValidationOutcome outcome = submit(task.reference(), task.spec());
        assertThat(outcome.passed()).as(outcome.feedback()).isTrue();
        assertThat(outcome.grade()).isEqualTo(1.0);
        assertThat(outcome.feedback()).contains("fresh copy of the project's dataset");
    }

    @ParameterizedTest
    @MethodSource("usingAnEarlierTable")
    void a_reference_that_needs_a_table_from_an_earlier_task_asks_for_the_reported_result(MajiNdogoChecks.Task task) {
        ValidationOutcome alone = submit(task.reference(), task.spec());
        assertThat(alone.passed()).isFalse();
        assertThat(alone.feedback())
                .contains("no such table: well_pollution_copy")
                .contains("earlier task")
                .contains("result.row_count");

        String reported = task.reference().startsWith("SELECT")
                ? "{\"columns\": [\"source_id\", \"date\", "
                        + "\"description\", \"pollutant_ppm\", \"biological\", \"results\"], \"row_count\": 0}"
                : "{\"rows_affected\": 20}";
        ValidationOutcome withResult = validator.validate(sql(MAJI, task.reference(), reported), task.spec());
        assertThat(withResult.passed()).as(withResult.feedback()).isTrue();
        assertThat(withResult.feedback())
                .contains("not in the original dataset")
                .contains("your client reported");
    }

    @Test
    void a_submission_that_creates_the_table_it_needs_runs_entirely_in_the_sandbox() {
        MajiNdogoChecks.Task updates = usingAnEarlierTable()
                .filter(t -> t.reference().startsWith("UPDATE"))
                .findFirst()
                .orElseThrow();
        ValidationOutcome outcome = submit(
                "CREATE TABLE well_pollution_copy AS SELECT * FROM well_pollution;\n" + updates.reference(),
                updates.spec());
        assertThat(outcome.passed()).as(outcome.feedback()).isTrue();
    }

    @Test
    void a_wrong_query_fails_with_feedback_naming_what_differs() {
        ValidationOutcome outcome = submit("SELECT location_id, town_name FROM location LIMIT 3", FIVE_LOCATIONS);
        assertThat(outcome.passed()).isFalse();
        assertThat(outcome.grade()).isZero();
        assertThat(outcome.feedback())
                .contains("exactly 5 rows, yours has 3")
                .contains("columns location_id, address, province_name, town_name, location_type (in that order), "
                        + "yours has location_id, town_name");
    }

    @Test
    void the_last_statement_that_returns_rows_is_judged_and_case_of_column_names_does_not_matter() {
        assertThat(submit(
                                "SELECT * FROM visits; SELECT LOCATION_ID, Address, province_name, town_name, "
                                        + "location_type FROM location LIMIT 5;",
                                FIVE_LOCATIONS)
                        .passed())
                .isTrue();
        assertThat(submit("SELECT * FROM location LIMIT 5; SELECT * FROM visits", FIVE_LOCATIONS)
                        .passed())
                .isFalse();
    }

    @Test
    void the_grade_is_the_fraction_of_checks_met() {
        JsonNode twoChecks = spec("{\"checks\": [{\"query\": \"q\", \"expect\": {\"min_rows\": 1}}, "
                + "{\"query\": \"q\", \"expect\": {\"row_count\": 5}}]}");
        ValidationOutcome outcome = submit("SELECT * FROM location LIMIT 2", twoChecks);
        assertThat(outcome.passed()).isFalse();
        assertThat(outcome.grade()).isEqualTo(0.5);
    }

    @Test
    void an_sql_error_is_reported_in_sqlites_words() {
        ValidationOutcome outcome = submit("SELECT * FROM location LIMIT 5;\nSELECT nme FROM location", FIVE_LOCATIONS);
        assertThat(outcome.passed()).isFalse();
        assertThat(outcome.feedback())
                .startsWith("Statement 2 of 2")
                .contains("no such column: nme")
                .doesNotContain("SQLITE_ERROR");
        assertThat(submit("SELEC * FROM location", FIVE_LOCATIONS).feedback()).contains("syntax error");
    }

    @Test
    void a_modification_is_refused_when_no_check_expects_one() {
        ValidationOutcome outcome = submit("DELETE FROM location; SELECT * FROM location LIMIT 5", FIVE_LOCATIONS);
        assertThat(outcome.passed()).isFalse();
        assertThat(outcome.feedback()).contains("reads data").contains("DELETE FROM location");
        ValidationOutcome hidden = submit("WITH gone AS (SELECT 1) DELETE FROM location", FIVE_LOCATIONS);
        assertThat(hidden.passed()).isFalse();
        assertThat(hidden.feedback()).contains("reads data");
    }

    @Test
    void reaching_outside_the_sandbox_is_always_refused() {
        for (String sql : List.of(
                "ATTACH DATABASE '/tmp/ltt-escape.db' AS x",
                "VACUUM INTO '/tmp/ltt-copy.db'",
                "PRAGMA query_only = 0")) {
            ValidationOutcome outcome = submit(sql + "; UPDATE location SET town_name = 'x'", MODIFIES);
            assertThat(outcome.passed()).as(sql).isFalse();
            assertThat(outcome.feedback()).as(sql).contains("not available in this exercise");
        }
    }

    @Test
    void a_modifying_task_fails_when_the_statements_change_nothing() {
        assertThat(submit("UPDATE well_pollution SET results = 'x' WHERE biological > 0.01", MODIFIES)
                        .passed())
                .isTrue();
        ValidationOutcome nothing = submit("UPDATE well_pollution SET results = 'x' WHERE biological > 1000", MODIFIES);
        assertThat(nothing.passed()).isFalse();
        assertThat(nothing.feedback()).contains("changed nothing");
        assertThat(submit("SELECT * FROM well_pollution", MODIFIES).feedback()).contains("changed nothing");
    }

    @Test
    void a_query_that_never_ends_is_stopped_at_the_time_limit() {
        SqlResultValidator quick = new SqlResultValidator(MajiNdogoChecks.datasets(), Duration.ofSeconds(1));
        long start = System.nanoTime();
        ValidationOutcome outcome = quick.validate(
                sql(
                        MAJI,
                        "WITH RECURSIVE n(i) AS (SELECT 1 UNION ALL SELECT i + 1 " + "FROM n) SELECT count(*) FROM n",
                        null),
                FIVE_LOCATIONS);
        assertThat(outcome.passed()).isFalse();
        assertThat(outcome.feedback()).contains("more than 1 seconds and was stopped");
        assertThat(Duration.ofNanos(System.nanoTime() - start)).isLessThan(Duration.ofSeconds(4));
    }

    @Test
    void the_dataset_is_untouched_between_submissions() {
        JsonNode sqliteMaster = MajiNdogoChecks.tasks().get(0).spec();
        assertThat(submit("DELETE FROM well_pollution; DROP TABLE location; CREATE TABLE extra(x)", MODIFIES)
                        .passed())
                .isTrue();
        assertThat(submit("SELECT * FROM well_pollution WHERE description LIKE 'Clean_%'", CLEAN_DESCRIPTIONS)
                        .passed())
                .isTrue();
        assertThat(submit("SELECT * FROM location LIMIT 5", FIVE_LOCATIONS).passed())
                .isTrue();
        assertThat(submit("SELECT * FROM extra", FIVE_LOCATIONS).feedback()).contains("no such table: extra");
        assertThat(submit("SELECT name FROM sqlite_master WHERE type = 'table'", sqliteMaster)
                        .passed())
                .isTrue();
    }

    @Test
    void rows_are_counted_up_to_the_limit() {
        String endless =
                "WITH RECURSIVE n(i) AS (SELECT 1 UNION ALL SELECT i + 1 FROM n WHERE i < 50000) " + "SELECT i FROM n";
        JsonNode five = spec("{\"checks\": [{\"query\": \"q\", \"expect\": {\"row_count\": 5}}]}");
        assertThat(submit(endless, five).feedback()).contains("yours has more than " + SqlSandbox.MAX_ROWS);
        assertThat(submit(endless, spec("{\"checks\": [{\"query\": \"q\", \"expect\": {\"min_rows\": 9000}}]}"))
                        .passed())
                .isTrue();
    }

    @Test
    void an_empty_submission_asks_for_the_query() {
        assertThat(submit("  -- nothing yet\n", FIVE_LOCATIONS).feedback()).contains("no SQL statement");
    }
}
