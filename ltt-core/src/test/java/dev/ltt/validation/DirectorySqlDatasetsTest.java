package dev.ltt.validation;

import static dev.ltt.validation.Given.spec;
import static dev.ltt.validation.Given.sql;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Instant;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class DirectorySqlDatasetsTest {
    @TempDir
    Path dir;

    @Test
    void a_sql_script_named_after_the_project_is_its_dataset() throws Exception {
        Files.writeString(dir.resolve("demo.sql"), "CREATE TABLE t(x); INSERT INTO t VALUES (1), (2);");
        assertThat(count(SqlDatasets.directory(dir).find("demo").orElseThrow())).isEqualTo(2);
        assertThat(SqlDatasets.directory(dir).find("other")).isEmpty();
    }

    @Test
    void a_sqlite_file_is_copied_into_memory_and_left_unchanged() throws Exception {
        Path file = dir.resolve("demo.sqlite");
        try (Connection db = DriverManager.getConnection("jdbc:sqlite:" + file);
                Statement s = db.createStatement()) {
            s.execute("CREATE TABLE t(x)");
            s.execute("INSERT INTO t VALUES (1), (2), (3)");
        }
        byte[] before = Files.readAllBytes(file);
        SqlResultValidator validator = new SqlResultValidator(SqlDatasets.directory(dir));
        ValidationOutcome outcome = validator.validate(
                sql("demo", "DELETE FROM t", null),
                spec("{\"checks\": [{\"query\": \"DELETE FROM t\", \"expect\": {\"modifies\": true}}]}"));
        assertThat(outcome.passed()).isTrue();
        assertThat(count(SqlDatasets.directory(dir).find("demo").orElseThrow())).isEqualTo(3);
        assertThat(Files.readAllBytes(file)).isEqualTo(before);
    }

    @Test
    void a_changed_file_is_loaded_again() throws Exception {
        Path script = dir.resolve("demo.sql");
        Files.writeString(script, "CREATE TABLE t(x); INSERT INTO t VALUES (1);");
        SqlDatasets datasets = SqlDatasets.directory(dir);
        assertThat(count(datasets.find("demo").orElseThrow())).isEqualTo(1);
        Files.writeString(script, "CREATE TABLE t(x); INSERT INTO t VALUES (1), (2);");
        Files.setLastModifiedTime(script, FileTime.from(Instant.now().plusSeconds(5)));
        assertThat(count(datasets.find("demo").orElseThrow())).isEqualTo(2);
    }

    @Test
    void slugs_that_could_leave_the_directory_find_nothing() {
        SqlDatasets datasets = SqlDatasets.directory(dir);
        assertThat(datasets.find("../demo")).isEmpty();
        assertThat(datasets.find(null)).isEmpty();
        assertThat(datasets.find("Demo")).isEmpty();
    }

    @Test
    void a_script_that_fails_is_reported_to_the_operator_and_to_the_learner_without_internals() throws Exception {
        Files.writeString(dir.resolve("demo.sql"), "CREATE TABLE t(x); INSERT INTO nowhere VALUES (1);");
        assertThatThrownBy(() -> SqlDatasets.directory(dir).find("demo"))
                .isInstanceOf(SqlDatasetException.class)
                .hasMessageContaining("demo.sql");
        ValidationOutcome outcome = new SqlResultValidator(SqlDatasets.directory(dir))
                .validate(
                        sql("demo", "SELECT 1", null),
                        spec("{\"checks\": [{\"query\": \"q\", \"expect\": {\"min_rows\": 1}}]}"));
        assertThat(outcome.passed()).isFalse();
        assertThat(outcome.feedback()).contains("dataset could not be opened").doesNotContain("nowhere");
    }

    @Test
    void the_environment_variable_names_the_directory() {
        assertThat(SqlDatasets.fromEnvironment(Map.of()).find("demo")).isEmpty();
        assertThat(SqlDatasets.fromEnvironment(Map.of(SqlDatasets.ENVIRONMENT_VARIABLE, dir.toString())))
                .isInstanceOf(DirectorySqlDatasets.class);
    }

    private static long count(SqlDataset dataset) throws SQLException {
        try (Connection db = dataset.openCopy();
                Statement s = db.createStatement();
                ResultSet rs = s.executeQuery("SELECT count(*) FROM t")) {
            rs.next();
            return rs.getLong(1);
        }
    }
}
