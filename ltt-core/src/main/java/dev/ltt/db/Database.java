package dev.ltt.db;

import com.zaxxer.hikari.HikariConfig;
import com.zaxxer.hikari.HikariDataSource;
import dev.ltt.error.UnavailableException;
import java.sql.SQLException;
import javax.sql.DataSource;
import org.jdbi.v3.core.Jdbi;
import org.jdbi.v3.core.statement.SqlStatements;
import org.jdbi.v3.core.statement.TemplateEngine;
import org.jdbi.v3.postgres.PostgresPlugin;

/**
 * An open, migrated database: a connection pool and the {@link Jdbi} over it, plus the embedded server when
 * this process owns one. Thread-safe; close it once, at shutdown.
 */
public final class Database implements AutoCloseable {
    /** How this process's connections show in {@code pg_stat_activity}: which LTT process holds them. */
    public static final String APPLICATION_NAME =
            "ltt (pid " + ProcessHandle.current().pid() + ")";

    private final HikariDataSource dataSource;
    private final Jdbi jdbi;
    private final AutoCloseable server;

    private Database(HikariDataSource dataSource, AutoCloseable server) {
        this.dataSource = dataSource;
        this.server = server;
        // an unreachable database leaves every Jdbi call as UNAVAILABLE: when getting a connection, or inside the
        // callback
        this.jdbi = Jdbi.create(() -> {
                    try {
                        return dataSource.getConnection();
                    } catch (SQLException | RuntimeException e) {
                        if (Outages.isOutage(e)) throw Outages.unavailable(e);
                        throw e;
                    }
                })
                .installPlugin(new PostgresPlugin());
        // LTT's SQL is plain SQL with :named values and no <attribute> templates: rendering each statement through
        // Jdbi's default template engine built a new copy of its text, which its parse cache then hashed whole
        jdbi.getConfig(SqlStatements.class).setTemplateEngine(TemplateEngine.NOP);
        jdbi.setHandleCallbackDecorator(Outages.decorator());
    }

    /** Opens the database the settings name, starting or joining the embedded server, and migrates it. */
    public static Database open(DatabaseSettings settings) {
        return open(settings, true);
    }

    /** As {@link #open(DatabaseSettings)}, leaving the schema as it is when {@code migrate} is false. */
    public static Database open(DatabaseSettings settings, boolean migrate) {
        if (settings.externalUrl().isPresent()) {
            Database db = connect(
                    settings.externalUrl().get(), settings.user(), settings.password(), settings.poolSize(), null);
            try {
                if (migrate) db.migrate();
                return db;
            } catch (RuntimeException e) {
                db.close();
                throw e;
            }
        }
        EmbeddedServer server = EmbeddedServer.startOrJoin(settings.dataDir());
        try {
            Database db = connect(server.jdbcUrl(), EmbeddedServer.USER, "", settings.poolSize(), server);
            if (migrate) db.migrate();
            return db;
        } catch (RuntimeException e) {
            server.close();
            throw e;
        }
    }

    /** Connects to a PostgreSQL that is already there (tests, tools), with this process's timeouts; does not migrate. */
    public static Database connect(String jdbcUrl, String user, String password, int poolSize, AutoCloseable server) {
        return connect(jdbcUrl, user, password, poolSize, server, Timeouts.forThisProcess());
    }

    /** As {@link #connect(String, String, String, int, AutoCloseable)}, with the given timeouts. */
    public static Database connect(
            String jdbcUrl, String user, String password, int poolSize, AutoCloseable server, Timeouts timeouts) {
        HikariConfig config = new HikariConfig();
        config.setJdbcUrl(jdbcUrl);
        if (!user.isEmpty()) config.setUsername(user);
        if (!password.isEmpty()) config.setPassword(password);
        config.setMaximumPoolSize(poolSize);
        config.setMinimumIdle(Math.min(2, poolSize));
        config.setPoolName("ltt");
        config.addDataSourceProperty("reWriteBatchedInserts", "true");
        // server-side prepared statements from the first use (the driver's default waits for the fifth): the hot
        // paths run the same few statements on every connection, so parse and plan happen once per connection
        config.addDataSourceProperty("prepareThreshold", "1");
        // and planned once: every statement LTT sends finds its rows by key (a learner, a version), so the plan
        // does not depend on the values; PostgreSQL's default re-plans each execution of a statement whose generic
        // plan it estimates dearer, and planning the hot reads cost four times their execution (pg_stat_statements).
        // A cached plan is rebuilt when its tables' statistics change (ServerSettings: autovacuum looks every 10 s)
        config.addDataSourceProperty("options", "-c plan_cache_mode=force_generic_plan");
        config.setInitializationFailTimeout(15_000);
        config.setConnectionTimeout(timeouts.connect().toMillis());
        config.setValidationTimeout(timeouts.validation().toMillis());
        config.setKeepaliveTime(60_000); // idle connections are checked, so a dead database is noticed between requests
        config.addDataSourceProperty(
                "connectTimeout", Long.toString(Math.max(1, timeouts.connect().toSeconds())));
        config.addDataSourceProperty("tcpKeepAlive", "true");
        config.addDataSourceProperty("ApplicationName", APPLICATION_NAME);
        if (!timeouts.socket().isZero()) {
            config.addDataSourceProperty(
                    "socketTimeout", Long.toString(timeouts.socket().toSeconds()));
        }
        if (!timeouts.statement().isZero()) {
            config.setConnectionInitSql(
                    "SET statement_timeout = " + timeouts.statement().toMillis());
        }
        try {
            return new Database(new HikariDataSource(config), server);
        } catch (RuntimeException e) {
            if (Outages.isOutage(e)) {
                throw new UnavailableException(
                        "LTT cannot reach its database at " + jdbcUrl.replaceAll("\\?.*", "")
                                + ": start it (or check LTT_DATABASE_URL, LTT_DATABASE_USER, LTT_DATABASE_PASSWORD) and try again",
                        e);
            }
            throw e;
        }
    }

    /** Applies the pending migrations (on connections without the pool's timeouts). */
    public int migrate() {
        try {
            return Migrations.migrate(
                    dataSource.getJdbcUrl(),
                    dataSource.getUsername() == null ? "" : dataSource.getUsername(),
                    dataSource.getPassword() == null ? "" : dataSource.getPassword());
        } catch (RuntimeException e) {
            if (Outages.isOutage(e)) throw Outages.unavailable(e);
            throw e;
        }
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
