package dev.ltt.db;

import com.zaxxer.hikari.HikariConfig;
import com.zaxxer.hikari.HikariDataSource;
import org.jdbi.v3.core.Jdbi;
import org.jdbi.v3.postgres.PostgresPlugin;

import javax.sql.DataSource;

/**
 * An open, migrated database: a connection pool and the {@link Jdbi} over it, plus the embedded server when
 * this process owns one. Thread-safe; close it once, at shutdown.
 */
public final class Database implements AutoCloseable {
    private final HikariDataSource dataSource;
    private final Jdbi jdbi;
    private final AutoCloseable server;

    private Database(HikariDataSource dataSource, AutoCloseable server) {
        this.dataSource = dataSource;
        this.server = server;
        this.jdbi = Jdbi.create(dataSource).installPlugin(new PostgresPlugin());
    }

    /** Opens the database the settings name, starting or joining the embedded server, and migrates it. */
    public static Database open(DatabaseSettings settings) {
        return open(settings, true);
    }

    /** As {@link #open(DatabaseSettings)}, leaving the schema as it is when {@code migrate} is false. */
    public static Database open(DatabaseSettings settings, boolean migrate) {
        if (settings.externalUrl().isPresent()) {
            Database db = connect(settings.externalUrl().get(), settings.user(), settings.password(),
                    settings.poolSize(), null);
            if (migrate) Migrations.migrate(db.dataSource());
            return db;
        }
        EmbeddedServer server = EmbeddedServer.startOrJoin(settings.dataDir());
        try {
            Database db = connect(server.jdbcUrl(), EmbeddedServer.USER, "", settings.poolSize(), server);
            if (migrate) Migrations.migrate(db.dataSource());
            return db;
        } catch (RuntimeException e) {
            server.close();
            throw e;
        }
    }

    /** Connects to a PostgreSQL that is already there (tests, tools); does not migrate. */
    public static Database connect(String jdbcUrl, String user, String password, int poolSize, AutoCloseable server) {
        HikariConfig config = new HikariConfig();
        config.setJdbcUrl(jdbcUrl);
        if (!user.isEmpty()) config.setUsername(user);
        if (!password.isEmpty()) config.setPassword(password);
        config.setMaximumPoolSize(poolSize);
        config.setMinimumIdle(Math.min(2, poolSize));
        config.setPoolName("ltt");
        config.addDataSourceProperty("reWriteBatchedInserts", "true");
        config.setInitializationFailTimeout(15_000);
        return new Database(new HikariDataSource(config), server);
    }

    public Jdbi jdbi() {
        return jdbi;
    }

    public DataSource dataSource() {
        return dataSource;
    }

    /** The JDBC URL and credentials the pool connects with (the cache invalidation listener uses them too). */
    String jdbcUrl() {
        return dataSource.getJdbcUrl();
    }

    String user() {
        return dataSource.getUsername() == null ? "" : dataSource.getUsername();
    }

    String password() {
        return dataSource.getPassword() == null ? "" : dataSource.getPassword();
    }

    @Override
    public void close() {
        dataSource.close();
        if (server != null) {
            try {
                server.close();
            } catch (Exception e) {
                throw new IllegalStateException("could not stop the embedded PostgreSQL cleanly", e);
            }
        }
    }
}
