package dev.ltt.bench.serve;

import dev.ltt.Ltt;
import dev.ltt.bench.PgBench;
import dev.ltt.bench.SyntheticCurriculum;
import dev.ltt.db.Database;
import dev.ltt.db.Migrations;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;

/**
 * The real {@code ltt serve} process, driven from outside by {@code wrk}, beside the floors of the same run:
 * {@code /health} of the same server, and {@code pgbench -S} / {@code -N} on the same durable PostgreSQL.
 *
 * <p>Starts its own PostgreSQL (fsync, synchronous_commit and full_page_writes on), ingests a 1,000-task
 * curriculum (1,011 nodes), starts the built jar with {@code LTT_DATABASE_URL}, then for 1,000 / 10,000 /
 * 100,000 learners (seeded with {@code COPY}, ~11 progress rows each) measures ready, submit and the cohort
 * views (REST and web page), and at the largest size storage per row and the server's heap. See
 * ltt-bench/README.md.
 */
public final class ServeBenchmark {
    static final String SLUG = "bench";
    static final String ADMIN = "bench-admin-token-0123456789";
    static final int SECONDS = Integer.getInteger("bench.seconds", 10);
    static final int THREADS = 2;
    static final int CONNECTIONS = 8;
    static final boolean PROFILE = Boolean.getBoolean("bench.profile");

    public static void main(String[] args) throws Exception {
        int[] stages = parseStages(System.getProperty("bench.stages", "1000,10000,100000"));
        Path jar = Path.of(System.getProperty("bench.jar", "ltt-cli/target/ltt.jar"))
                .toAbsolutePath();
        if (!Files.exists(jar)) throw new IllegalStateException("build the jar first: " + jar);
        Path work = Path.of(System.getProperty("bench.dir", "ltt-bench/target/serve-bench"))
                .toAbsolutePath();
        Files.createDirectories(work);
        Report report = new Report();
        try (DurablePostgres pg = DurablePostgres.start(work.resolve("pg"))) {
            report.line("PostgreSQL 17 (embedded), " + pg.settings());
            report.line(String.format(
                    "machine: %d cores; wrk %d threads, %d connections, %d s per run, loopback",
                    Runtime.getRuntime().availableProcessors(), THREADS, CONNECTIONS, SECONDS));
            SeedData.Shape shape;
            String instructor;
            try (Database db = Database.connect(pg.jdbcUrl(), DurablePostgres.USER, "", 2, null)) {
                Migrations.migrate(db.dataSource());
                Ltt ltt = new Ltt(db, ADMIN);
                long t = System.nanoTime();
                ltt.use().ingestCurriculum.ingest(SyntheticCurriculum.generate(SLUG, 1011, 7), false);
                report.line(String.format(
                        "ingested %s (1,011 nodes, 900 leaves) in %.0f ms", SLUG, (System.nanoTime() - t) / 1e6));
                report.line(Ingest.measure(ltt));
                try (Connection c = pg.connect()) {
                    shape = SeedData.shape(c, SLUG);
                    instructor = SeedData.instructor(c);
                }
            }
            List<String> jvm = new ArrayList<>(List.of("-Xmx512m"));
            try (ServeProcess server = ServeProcess.start(jar, pg.jdbcUrl(), ADMIN, work.resolve("ltt-data"), jvm)) {
                report.line("ltt serve pid " + server.pid() + " at " + server.baseUrl() + ", JVM " + jvm);
                new Stages(pg, server, shape, instructor, report, work).run(stages);
            }
        }
        report.print();
    }

    static String cookie(String token) {
        return "ltt_session="
                + Base64.getUrlEncoder().withoutPadding().encodeToString(token.getBytes(StandardCharsets.UTF_8));
    }

    private static int[] parseStages(String text) {
        return java.util.Arrays.stream(text.split(","))
                .map(String::trim)
                .mapToInt(Integer::parseInt)
                .toArray();
    }

    /** Runs pgbench and keeps the figure. */
    static PgBench.Result pgbench(DurablePostgres pg, String mode) throws Exception {
        return PgBench.run(pg.port(), mode, CONNECTIONS, SECONDS);
    }
}
