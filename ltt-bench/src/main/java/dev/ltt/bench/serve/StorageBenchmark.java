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
 * again, which is how a schema change to the progress table is measured on rows written before it.
 */
public final class StorageBenchmark {
    private StorageBenchmark() {}

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
