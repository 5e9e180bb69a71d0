package dev.ltt.bench.serve;

import dev.ltt.Ltt;
import dev.ltt.bench.SyntheticCurriculum;
import dev.ltt.db.Database;
import dev.ltt.db.Migrations;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;

/**
 * Storage per touched (learner, task) without the load runs of {@link ServeBenchmark}: the same durable
 * PostgreSQL, curriculum and {@code COPY} seed ({@link SeedData}), then {@link StorageBreakdown} at each number
 * of learners in {@code bench.stages}. With {@code bench.from=N} the schema is first migrated only to version N
 * and seeded there; after the last stage it is migrated to this build's latest version (timed) and measured
 * again, which is how a schema change to the progress table is measured on rows written before it. After the
 * last stage the same rows are also written again in a random order and measured once more.
 */
public final class StorageBenchmark {
    private StorageBenchmark() {}

    /**
     * The seed writes learner after learner in id order, which fills the text-ordered primary key by ascending runs
     * into the middle of full pages (split 50/50, so left half empty); learners working at the same time write in
     * no such order. The rows are copied out, the table emptied, and the rows inserted back shuffled.
     */
    private static void shuffle(Connection c) throws java.sql.SQLException {
        try (java.sql.Statement s = c.createStatement()) {
            s.execute("CREATE TEMP TABLE shuffled AS SELECT * FROM learner_task_progress");
            s.execute("TRUNCATE learner_task_progress");
            s.execute("INSERT INTO learner_task_progress SELECT * FROM shuffled ORDER BY random()");
            s.execute("DROP TABLE shuffled");
        }
    }

    public static void main(String[] args) throws Exception {
        String from = System.getProperty("bench.from", "");
        int[] stages = java.util.Arrays.stream(
                        System.getProperty("bench.stages", "100000").split(","))
                .map(String::trim)
                .mapToInt(Integer::parseInt)
                .toArray();
        Path work = Path.of(System.getProperty("bench.dir", "ltt-bench/target/serve-bench"))
                .toAbsolutePath();
        Files.createDirectories(work);
        Report report = new Report();
        try (DurablePostgres pg = DurablePostgres.start(work.resolve("storage-pg"))) {
            report.line("PostgreSQL 17 (embedded), " + pg.settings());
            SeedData.Shape shape;
            try (Database db = Database.connect(pg.jdbcUrl(), DurablePostgres.USER, "", 2, null)) {
                if (from.isBlank()) Migrations.migrate(db.dataSource());
                else Migrations.migrateTo(db.dataSource(), from);
                report.line("schema at " + (from.isBlank() ? "the latest version" : "version " + from));
                new Ltt(db, ServeBenchmark.ADMIN)
                        .use()
                        .ingestCurriculum
                        .ingest(SyntheticCurriculum.generate(ServeBenchmark.SLUG, 1011, 7), false);
                try (Connection c = pg.connect()) {
                    shape = SeedData.shape(c, ServeBenchmark.SLUG);
                    int seeded = 0;
                    for (int learners : stages) {
                        long t = System.nanoTime();
                        long rows = SeedData.seed(c, shape, ServeBenchmark.SLUG, seeded + 1, learners);
                        report.line(String.format(
                                "%n--- %,d learners: %,d more progress rows seeded with COPY in %.1f s ---",
                                learners, rows, (System.nanoTime() - t) / 1e9));
                        StorageBreakdown.of(c).forEach(report::line);
                        seeded = learners;
                    }
                    long t = System.nanoTime();
                    shuffle(c);
                    report.line(String.format(
                            "%n--- the same rows written again in a random order (as learners working at the same"
                                    + " time would write them), in %.1f s ---",
                            (System.nanoTime() - t) / 1e9));
                    StorageBreakdown.of(c).forEach(report::line);
                }
                if (!from.isBlank()) {
                    long t = System.nanoTime();
                    Migrations.migrate(db.dataSource());
                    report.line(String.format(
                            "%n--- migrated from version %s to the latest in %.1f s ---",
                            from, (System.nanoTime() - t) / 1e9));
                    try (Connection c = pg.connect()) {
                        StorageBreakdown.of(c).forEach(report::line);
                    }
                }
            }
        }
        report.print();
    }
}
