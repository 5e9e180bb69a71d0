package dev.ltt.bench;

import dev.ltt.Ltt;
import dev.ltt.curriculum.IngestResult;
import dev.ltt.db.Database;
import dev.ltt.db.DatabaseSettings;
import dev.ltt.template.Curriculum;
import dev.ltt.template.CurriculumPlan;
import dev.ltt.template.CurriculumReader;
import dev.ltt.testing.TestDatabase;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.function.Supplier;

/**
 * How long ingesting a large curriculum takes, and where the time goes: the whole ingest, the document
 * check alone ({@link CurriculumReader#read}), and a baseline of inserting as many plain rows in one batch.
 * Settings (system properties): {@code bench.nodes} (5000), {@code bench.runs} (10), {@code bench.warmup} (3),
 * {@code bench.database} ({@code embedded}: the server {@code ltt} runs, in a temp data dir; or {@code test}:
 * the tests' server, with fsync off).
 */
public final class IngestBenchmark {
    private IngestBenchmark() {}

    public static void main(String[] args) throws Exception {
        int nodes = Integer.getInteger("bench.nodes", 5000);
        int runs = Integer.getInteger("bench.runs", 10);
        int warmup = Integer.getInteger("bench.warmup", 3);
        String database = System.getProperty("bench.database", "embedded");

        Path dataDir = Files.createTempDirectory("ltt-bench-");
        try (Ltt ltt = new Ltt(open(database, dataDir))) {
            Database db = ltt.database();
            byte[] sample = SyntheticCurriculum.generate("bench-sample", nodes, 1);
            Curriculum checked = new CurriculumReader().read(sample);
            System.out.printf(
                    "curriculum: %d nodes, %d objectives, %d dependencies, %.1f MB of JSON; database: %s%n",
                    nodes,
                    CurriculumPlan.of(checked, 0).objectives().size(),
                    checked.dependencies().size(),
                    sample.length / 1e6,
                    database);

            List<byte[]> documents = new ArrayList<>();
            for (int i = 0; i < warmup + runs; i++) documents.add(SyntheticCurriculum.generate("bench-" + i, nodes, i));

            for (int i = 0; i < warmup; i++) {
                readOnce(documents.get(i));
                ingestOnce(ltt, documents.get(i));
                baselineOnce(db, nodes, i);
            }
            List<Long> reader = new ArrayList<>();
            List<Long> ingest = new ArrayList<>();
            List<Long> baseline = new ArrayList<>();
            for (int i = warmup; i < warmup + runs; i++) {
                byte[] document = documents.get(i);
                reader.add(timed(() -> readOnce(document)));
                ingest.add(timed(() -> ingestOnce(ltt, document)));
                int run = i;
                baseline.add(timed(() -> baselineOnce(db, nodes, run)));
            }
            report("ingest (whole use-case)", ingest);
            report("reader only (parse + check)", reader);
            report("baseline: " + nodes + " rows, one batch", baseline);
            phases(ltt, nodes, runs);
        } finally {
            deleteQuietly(dataDir);
        }
    }

    /** Median time of each step of an ingest, over separate runs (fresh slugs). */
    private static void phases(Ltt ltt, int nodes, int runs) {
        Map<String, List<Long>> all = new java.util.LinkedHashMap<>();
        for (int i = 0; i < runs; i++) {
            byte[] document = SyntheticCurriculum.generate("bench-phases-" + i, nodes, 1000 + i);
            IngestPhases.measure(ltt, document)
                    .forEach((k, v) ->
                            all.computeIfAbsent(k, x -> new ArrayList<>()).add(v));
        }
        System.out.println("where an ingest spends its time (median of " + runs + " runs):");
        all.forEach((step, nanos) -> System.out.printf("  %-32s %8.1f ms%n", step, median(nanos) / 1e6));
    }

    private static double median(List<Long> values) {
        List<Long> sorted = values.stream().sorted().toList();
        return sorted.size() % 2 == 1
                ? sorted.get(sorted.size() / 2)
                : (sorted.get(sorted.size() / 2 - 1) + sorted.get(sorted.size() / 2)) / 2.0;
    }

    private static Database open(String database, Path dataDir) {
        return switch (database) {
            case "embedded" -> Database.open(DatabaseSettings.fromEnvironment(Map.of(), dataDir, 4));
            case "test" -> TestDatabase.fresh();
            default -> throw new IllegalArgumentException("bench.database is 'embedded' or 'test'");
        };
    }

    private static Curriculum readOnce(byte[] document) {
        return new CurriculumReader().read(document);
    }

    private static IngestResult ingestOnce(Ltt ltt, byte[] document) {
        IngestResult result = ltt.use().ingestCurriculum.ingest(document, false);
        if (!result.created()) throw new IllegalStateException("expected a new project version: " + result);
        return result;
    }

    /** Rows as wide as a task row (id, parent, title, ~500 chars of text, a jsonb), in one batch, one transaction. */
    private static int baselineOnce(Database db, int rows, int run) {
        try (Connection c = db.dataSource().getConnection()) {
            c.setAutoCommit(false);
            String table = "bench_baseline_" + run;
            try (Statement s = c.createStatement()) {
                s.execute("CREATE TABLE " + table + " (id text PRIMARY KEY, parent_id text, title text, "
                        + "content text, extra jsonb NOT NULL)");
            }
            String content = "x".repeat(500);
            try (PreparedStatement insert = c.prepareStatement("INSERT INTO " + table
                    + " (id, parent_id, title, content, extra) VALUES (?, ?, ?, ?, CAST(? AS jsonb))")) {
                for (int i = 0; i < rows; i++) {
                    insert.setString(1, "bench@v1." + i);
                    insert.setString(2, i == 0 ? null : "bench@v1." + (i / 50));
                    insert.setString(3, "Row " + i);
                    insert.setString(4, content);
                    insert.setString(5, "{\"x_hint_count\": 2}");
                    insert.addBatch();
                }
                insert.executeBatch();
            }
            c.commit();
            return rows;
        } catch (SQLException e) {
            throw new IllegalStateException("the baseline insert failed", e);
        }
    }

    private static long timed(Supplier<?> work) {
        long start = System.nanoTime();
        work.get();
        return System.nanoTime() - start;
    }

    private static void report(String what, List<Long> nanos) {
        List<Long> sorted = nanos.stream().sorted(Comparator.naturalOrder()).toList();
        double median = median(nanos);
        System.out.printf(
                "%-36s min %8.1f ms   median %8.1f ms   max %8.1f ms   (%d runs)%n",
                what, sorted.get(0) / 1e6, median / 1e6, sorted.get(sorted.size() - 1) / 1e6, sorted.size());
    }

    private static void deleteQuietly(Path dir) {
        try (var paths = Files.walk(dir)) {
            paths.sorted(Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
        } catch (IOException e) {
            System.err.println("could not remove " + dir + ": " + e.getMessage());
        }
    }
}
