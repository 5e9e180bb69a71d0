package dev.ltt.bench.serve;

import dev.ltt.db.ServerSettings;
import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.io.IOException;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * The benchmark's own PostgreSQL, with the settings {@code ltt}'s embedded one runs with on this machine
 * ({@code ServerSettings}: durable, sized for the machine): zonky's embedded server starts with {@code -F}
 * (fsync off) and {@code synchronous_commit=off}; both are overridden there, and the
 * server is asked afterwards what it actually runs with, so the report shows the settings, not a hope.
 * Its files live on disk under {@code dir} (not a tmpfs), so fsync costs what it costs.
 */
final class DurablePostgres implements AutoCloseable {
    static final String DATABASE = "ltt";
    static final String USER = "postgres";
    private static final String[] SHOWN = {
        "fsync",
        "synchronous_commit",
        "full_page_writes",
        "wal_compression",
        "shared_buffers",
        "max_wal_size",
        "checkpoint_timeout",
        "max_connections",
        "wal_level"
    };

    private final EmbeddedPostgres postgres;
    private final Path dir;

    private DurablePostgres(EmbeddedPostgres postgres, Path dir) {
        this.postgres = postgres;
        this.dir = dir;
    }

    static DurablePostgres start(Path dir) throws IOException, SQLException {
        EmbeddedPostgres.Builder builder =
                EmbeddedPostgres.builder().setDataDirectory(dir).setCleanDataDirectory(true);
        // the settings ltt's own embedded PostgreSQL runs with on this machine (durable, sized for it)
        ServerSettings.forThisMachine().forEach(builder::setServerConfig);
        EmbeddedPostgres pg = builder
                // where PostgreSQL's time goes, per statement (Statements prints it after each measured run)
                .setServerConfig("shared_preload_libraries", "pg_stat_statements")
                .setServerConfig("pg_stat_statements.track_planning", "on")
                .setServerConfig("pg_stat_statements.track", System.getProperty("bench.track", "top"))
                .setPGStartupWait(Duration.ofSeconds(60))
                .setOutputRedirector(ProcessBuilder.Redirect.DISCARD)
                .setErrorRedirector(ProcessBuilder.Redirect.DISCARD)
                .start();
        try (Connection c = DriverManager.getConnection(
                        "jdbc:postgresql://localhost:" + pg.getPort() + "/postgres", USER, "");
                Statement s = c.createStatement()) {
            s.execute("CREATE DATABASE " + DATABASE);
        }
        try (Connection c = DriverManager.getConnection(
                        "jdbc:postgresql://localhost:" + pg.getPort() + "/" + DATABASE, USER, "");
                Statement s = c.createStatement()) {
            s.execute("CREATE EXTENSION pg_stat_statements");
        }
        DurablePostgres postgres = new DurablePostgres(pg, dir);
        Map<String, String> settings = postgres.settings();
        if (!"on".equals(settings.get("fsync"))
                || !"on".equals(settings.get("synchronous_commit"))
                || !"on".equals(settings.get("full_page_writes"))) {
            pg.close();
            throw new IllegalStateException("PostgreSQL did not take the durable settings: " + settings);
        }
        return postgres;
    }

    /** The postmaster's process id (the first line of {@code postmaster.pid}); its children are the backends. */
    long postmasterPid() throws IOException {
        return Long.parseLong(java.nio.file.Files.readAllLines(dir.resolve("postmaster.pid"))
                .get(0)
                .strip());
    }

    int port() {
        return postgres.getPort();
    }

    String jdbcUrl() {
        return "jdbc:postgresql://localhost:" + port() + "/" + DATABASE;
    }

    Connection connect() throws SQLException {
        return DriverManager.getConnection(jdbcUrl(), USER, "");
    }

    /** What the running server reports for the settings that decide durability and memory. */
    Map<String, String> settings() throws SQLException {
        Map<String, String> values = new LinkedHashMap<>();
        try (Connection c = connect();
                Statement s = c.createStatement()) {
            for (String name : SHOWN) {
                try (ResultSet rs = s.executeQuery("SHOW " + name)) {
                    rs.next();
                    values.put(name, rs.getString(1));
                }
            }
        }
        return values;
    }

    @Override
    public void close() throws IOException {
        postgres.close();
    }
}
