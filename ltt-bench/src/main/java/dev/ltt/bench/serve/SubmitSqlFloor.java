package dev.ltt.bench.serve;

import dev.ltt.bench.PgBench;
import dev.ltt.db.Migrations;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import org.postgresql.ds.PGSimpleDataSource;

/**
 * A submit's own SQL, replayed by {@code pgbench} with no server in between, on a database of its own with LTT's
 * schema. Each script is the locked read ({@code locked-read.pgbench}), then its writes, then the commit:
 * {@link #SUBMIT} writes what a passing submit on a fresh leaf writes ({@code submit-writes.pgbench}),
 * {@link #LEAST} the least such a submit could write and keep the behaviour ({@code least-writes.pgbench}), and
 * {@link #LOCK_READ_COMMIT} nothing. What a script reaches beside {@code pgbench -N} is the most a submit that sent
 * it could reach with a server that cost nothing. The scripts mirror {@code ProgressStore.lockedInVersion},
 * {@code SubmissionStore.record}, {@code NoteStore.appendEach} and {@code StateChangeStore} as of this commit;
 * {@code ReadyStatementCountTest} pins the shape they copy (two round trips, the statements each carries).
 */
final class SubmitSqlFloor {
    static final String DATABASE = "submit_sql";
    static final String SUBMIT = "submit-writes";
    static final String LEAST = "least-writes";
    static final String LOCK_READ_COMMIT = "lock-read-commit";
    private static final int WARM_UP_SECONDS = 3;

    private final DurablePostgres pg;
    private final Path scripts;

    private SubmitSqlFloor(DurablePostgres pg, Path scripts) {
        this.pg = pg;
        this.scripts = scripts;
    }

    /** Creates the database, migrates it to LTT's schema and adds the scripts' learners. */
    static SubmitSqlFloor prepare(DurablePostgres pg) throws IOException, SQLException {
        try (Connection c = pg.connect();
                Statement s = c.createStatement()) {
            s.execute("CREATE DATABASE " + DATABASE);
        }
        PGSimpleDataSource dataSource = new PGSimpleDataSource();
        dataSource.setUrl(url(pg));
        dataSource.setUser(DurablePostgres.USER);
        Migrations.migrate(dataSource);
        try (Connection c = DriverManager.getConnection(url(pg), DurablePostgres.USER, "");
                Statement s = c.createStatement()) {
            s.execute(resource("setup.sql"));
        }
        Path scripts = Files.createTempDirectory("submit-sql");
        String lockedRead = resource("locked-read.pgbench");
        Files.writeString(scripts.resolve(LOCK_READ_COMMIT), lockedRead + "COMMIT;\n");
        for (String writes : new String[] {SUBMIT, LEAST}) {
            Files.writeString(scripts.resolve(writes), lockedRead + resource(writes + ".pgbench") + "COMMIT;\n");
        }
        return new SubmitSqlFloor(pg, scripts);
    }

    /**
     * A short run of the script that is not measured: the statements' generic plans are made at their first
     * executions, and made on tables that are still empty they would scan them for the measured run.
     */
    void warmUp(String script) throws Exception {
        PgBench.script(pg.port(), DATABASE, scripts.resolve(script), ServeBenchmark.CONNECTIONS, WARM_UP_SECONDS);
    }

    /** The script's transactions over the run's length. */
    PgBench.Result run(String script) throws Exception {
        return PgBench.script(
                pg.port(), DATABASE, scripts.resolve(script), ServeBenchmark.CONNECTIONS, ServeBenchmark.SECONDS);
    }

    private static String url(DurablePostgres pg) {
        return "jdbc:postgresql://localhost:" + pg.port() + "/" + DATABASE;
    }

    private static String resource(String name) throws IOException {
        try (InputStream in = SubmitSqlFloor.class.getResourceAsStream(name)) {
            if (in == null) throw new IOException("no resource " + name + " beside " + SubmitSqlFloor.class);
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
    }
}
