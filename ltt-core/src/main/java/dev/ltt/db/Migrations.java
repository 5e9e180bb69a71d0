package dev.ltt.db;

import java.util.Arrays;
import java.util.List;
import javax.sql.DataSource;
import org.flywaydb.core.Flyway;
import org.flywaydb.core.api.MigrationInfo;

/** The schema's Flyway migrations ({@code db/migration/V*__*.sql}): apply them, or report where they stand. */
public final class Migrations {
    private Migrations() {}

    /** One applied or pending migration, as {@code ltt db status} shows it. */
    public record Status(String version, String description, String state, String installedOn) {}

    public static int migrate(DataSource dataSource) {
        return flyway(dataSource).migrate().migrationsExecuted;
    }

    /**
     * Migrates over connections of Flyway's own, without the pool's statement and socket timeouts: a migration of
     * a large database (an index, a new column) may take longer than a request is allowed to.
     */
    static int migrate(String jdbcUrl, String user, String password) {
        return configure()
                .dataSource(jdbcUrl, user.isEmpty() ? null : user, password.isEmpty() ? null : password)
                .load()
                .migrate()
                .migrationsExecuted;
    }

    /**
     * Migrates only up to {@code version} (a restore loads rows at the schema they were written with; the storage
     * benchmark seeds rows at an older schema to measure a migration).
     */
    public static void migrateTo(DataSource dataSource, String version) {
        configure().dataSource(dataSource).target(version).load().migrate();
    }

    /** Whether this build has a migration of that version. */
    static boolean knows(DataSource dataSource, String version) {
        return Arrays.stream(flyway(dataSource).info().all())
                .anyMatch(m ->
                        m.getVersion() != null && m.getVersion().getVersion().equals(version));
    }

    public static List<Status> status(DataSource dataSource) {
        MigrationInfo[] all = flyway(dataSource).info().all();
        return Arrays.stream(all)
                .map(m -> new Status(
                        String.valueOf(m.getVersion()),
                        m.getDescription(),
                        m.getState().getDisplayName(),
                        m.getInstalledOn() == null
                                ? null
                                : m.getInstalledOn().toInstant().toString()))
                .toList();
    }

    private static Flyway flyway(DataSource dataSource) {
        return configure().dataSource(dataSource).load();
    }

    private static org.flywaydb.core.api.configuration.FluentConfiguration configure() {
        return Flyway.configure()
                .locations("classpath:db/migration")
                .javaMigrations(RebuildCohortTallies.first(), RebuildCohortTallies.afterOneRowPerChange())
                .loggers("slf4j");
    }
}
