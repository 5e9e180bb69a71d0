package dev.ltt.db;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.ltt.Ltt;
import dev.ltt.testing.Fixtures;
import dev.ltt.testing.TestDatabase;
import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** LTT_DATABASE_URL names an external PostgreSQL: LTT migrates it and runs on it, starting no embedded server. */
class ExternalDatabaseTest {

    @Test
    void an_external_database_named_by_a_libpq_url_is_migrated_and_used(
            @org.junit.jupiter.api.io.TempDir Path dataDir) {
        String name = TestDatabase.emptyDatabase();
        Map<String, String> env = Map.of(
                "LTT_DATABASE_URL",
                "postgresql://localhost:" + TestDatabase.port() + "/" + name,
                "LTT_DATABASE_USER",
                "postgres");
        DatabaseSettings settings = DatabaseSettings.fromEnvironment(env, dataDir, 2);
        assertThat(settings.externalUrl()).contains("jdbc:postgresql://localhost:" + TestDatabase.port() + "/" + name);

        try (Ltt ltt = new Ltt(Database.open(settings))) {
            assertThat(ltt.use()
                            .ingestCurriculum
                            .ingest(Fixtures.curriculum(Fixtures.PYTHON), false)
                            .created())
                    .isTrue();
        }
        try (Database db = Database.open(settings, false)) {
            assertThat(Migrations.status(db.dataSource()))
                    .extracting(Migrations.Status::state)
                    .containsOnly("Success");
        }
        assertThat(dataDir.resolve("pg")).doesNotExist();
    }

    @Test
    void database_urls_of_every_accepted_form_become_jdbc_urls_and_others_are_refused() {
        assertThat(DatabaseSettings.toJdbcUrl("jdbc:postgresql://h/db")).isEqualTo("jdbc:postgresql://h/db");
        assertThat(DatabaseSettings.toJdbcUrl("postgresql://h:5433/db")).isEqualTo("jdbc:postgresql://h:5433/db");
        assertThat(DatabaseSettings.toJdbcUrl("postgres://h/db")).isEqualTo("jdbc:postgresql://h/db");
        assertThatThrownBy(() -> DatabaseSettings.toJdbcUrl("mysql://h/db")).hasMessageContaining("LTT_DATABASE_URL");
    }

    @Test
    void the_data_dir_comes_from_the_flag_then_the_environment_then_the_default() {
        assertThat(DatabaseSettings.fromEnvironment(Map.of("LTT_DATA_DIR", "/tmp/x"), Path.of("/tmp/flag"), 1)
                        .dataDir())
                .isEqualTo(Path.of("/tmp/flag"));
        assertThat(DatabaseSettings.fromEnvironment(Map.of("LTT_DATA_DIR", "/tmp/x"), null, 1)
                        .dataDir())
                .isEqualTo(Path.of("/tmp/x"));
        assertThat(DatabaseSettings.fromEnvironment(Map.of(), null, 1).dataDir())
                .isEqualTo(Path.of("ltt-data").toAbsolutePath());
    }
}
