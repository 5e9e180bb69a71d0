package dev.ltt.testing;

import dev.ltt.db.Database;
import dev.ltt.db.Migrations;
import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * The real PostgreSQL the tests run on: one embedded server per test JVM, one migrated template database,
 * and a fresh database copied from it for each test class (fast: a file copy, no migrations).
 */
public final class TestDatabase {
    private static final AtomicInteger COUNTER = new AtomicInteger();
    private static EmbeddedPostgres server;

    private TestDatabase() {}

    /** A new, empty, migrated database; close it when the test class is done. */
    public static synchronized Database fresh() {
        String name = "ltt_test_" + COUNTER.incrementAndGet();
        execute("CREATE DATABASE " + name + " TEMPLATE ltt_template");
        return Database.connect(server().getJdbcUrl("postgres", name), "postgres", "", 40, null);
    }

    /** A new, empty, migrated database by name, for tests that open several pools on it (several servers). */
    public static synchronized String freshName() {
        String name = "ltt_test_" + COUNTER.incrementAndGet();
        execute("CREATE DATABASE " + name + " TEMPLATE ltt_template");
        return name;
    }

    /** A pool of its own on a database of the shared server (as a second server process would have). */
    public static Database connect(String name, int poolSize) {
        return Database.connect(server().getJdbcUrl("postgres", name), "postgres", "", poolSize, null);
    }

    /** A new database with no schema at all, by name; for tests of migrations and external URLs. */
    public static synchronized String emptyDatabase() {
        String name = "ltt_empty_" + COUNTER.incrementAndGet();
        execute("CREATE DATABASE " + name);
        return name;
    }

    /** The port of the shared test server. */
    public static int port() {
        return server().getPort();
    }

    /** The JDBC URL of a database of the shared server, for tests that need their own connections. */
    public static String jdbcUrl(String database) {
        return server().getJdbcUrl("postgres", database);
    }

    private static synchronized EmbeddedPostgres server() {
        if (server == null) {
            try {
                server = EmbeddedPostgres.builder()
                        .setServerConfig("max_connections", "300")
                        .setServerConfig("fsync", "off")
                        .setServerConfig("synchronous_commit", "off")
                        .start();
            } catch (IOException e) {
                throw new UncheckedIOException("could not start the embedded PostgreSQL for tests", e);
            }
            execute("CREATE DATABASE ltt_template");
            try (Database template =
                    Database.connect(server.getJdbcUrl("postgres", "ltt_template"), "postgres", "", 2, null)) {
                Migrations.migrate(template.dataSource());
            }
        }
        return server;
    }

    private static void execute(String sql) {
        try (Connection c = server().getPostgresDatabase().getConnection();
                Statement s = c.createStatement()) {
            s.execute(sql);
        } catch (SQLException e) {
            throw new IllegalStateException(sql, e);
        }
    }
}
