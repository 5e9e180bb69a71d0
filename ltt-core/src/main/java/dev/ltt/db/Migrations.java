package dev.ltt.db;

import dev.ltt.instance.CohortTallyRebuild;
import org.flywaydb.core.Flyway;
import org.flywaydb.core.api.MigrationInfo;

import javax.sql.DataSource;
import java.util.Arrays;
import java.util.List;

/** The schema's Flyway migrations ({@code db/migration/V*__*.sql}): apply them, or report where they stand. */
public final class Migrations {
    private Migrations() {
    }

    /** One applied or pending migration, as {@code ltt db status} shows it. */
    public record Status(String version, String description, String state, String installedOn) {
    }

    public static int migrate(DataSource dataSource) {
        return flyway(dataSource).migrate().migrationsExecuted;
    }

    public static List<Status> status(DataSource dataSource) {
        MigrationInfo[] all = flyway(dataSource).info().all();
        return Arrays.stream(all)
                .map(m -> new Status(String.valueOf(m.getVersion()), m.getDescription(), m.getState().getDisplayName(),
                        m.getInstalledOn() == null ? null : m.getInstalledOn().toInstant().toString()))
                .toList();
    }

    private static Flyway flyway(DataSource dataSource) {
        return Flyway.configure()
                .dataSource(dataSource)
                .locations("classpath:db/migration")
                .javaMigrations(new CohortTallyRebuild())
                .loggers("slf4j")
                .load();
    }
}
