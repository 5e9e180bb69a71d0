package dev.ltt.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.ltt.Ltt;
import dev.ltt.cli.Cli.Result;
import dev.ltt.db.Database;
import dev.ltt.error.LttException;
import dev.ltt.json.Json;
import dev.ltt.people.CreateLearner;
import dev.ltt.testing.ServingDatabase;
import dev.ltt.work.SubmitWork;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;
import org.jdbi.v3.core.Jdbi;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code ltt db backup} while learners keep submitting through a serving process on the same data dir, and
 * {@code ltt db restore} into a fresh data dir: the snapshot is consistent (whole transactions only, attempts
 * gapless, every restored row as it was), and a backup restores every table row by row.
 */
class BackupRestoreTest {
    private static final int TASKS = 30;
    private static final int WRITERS = 4;

    @TempDir
    Path dir;

    @Test
    void a_backup_taken_while_learners_submit_restores_into_a_fresh_data_dir_row_by_row() throws Exception {
        Path source = dir.resolve("source");
        Path fresh = dir.resolve("fresh");
        Path duringWrites = dir.resolve("during-writes.ltt-backup");
        Path afterWrites = dir.resolve("after-writes.ltt-backup");
        try (Ltt ltt = new Ltt(ServingDatabase.open(source))) {
            seed(ltt);
            AtomicBoolean writing = new AtomicBoolean(true);
            AtomicInteger submitted = new AtomicInteger();
            List<Thread> writers = startWriters(ltt, writing, submitted);
            await().atMost(Duration.ofSeconds(30)).until(() -> submitted.get() >= 40); // writes well under way

            Result backup = new Cli(source).run("db", "backup", duringWrites.toString(), "--json");

            int atBackup = submitted.get();
            await().atMost(Duration.ofSeconds(30)).until(() -> submitted.get() >= atBackup + 40); // and they go on
            writing.set(false);
            for (Thread writer : writers) writer.join();
            assertThat(backup.exitCode()).as(backup.toString()).isZero();
            assertThat(backup.json().get("rows").get("submissions").asLong()).isPositive();

            try (Database restored = ServingDatabase.open(fresh)) { // migrated, empty; the commands below join it
                Result restore = new Cli(fresh).run("db", "restore", duringWrites.toString());
                assertThat(restore.exitCode()).as(restore.toString()).isZero();
                Map<String, List<String>> now = Tables.rows(ltt.database().jdbi());
                Map<String, List<String>> snapshot = Tables.rows(restored.jdbi());
                assertThat(snapshot.keySet()).isEqualTo(now.keySet());
                for (String table : List.of("projects", "tasks", "learners", "submissions", "validations", "events")) {
                    assertThat(now.get(table))
                            .as("every restored row of %s is a row the source holds", table)
                            .containsAll(snapshot.get(table));
                }
                assertThat(snapshot.get("submissions").size())
                        .as("the writes after the snapshot are not in it")
                        .isLessThan(now.get("submissions").size());
                assertThat(Tables.attemptGaps(restored.jdbi()))
                        .as("whole transactions only: attempts gapless")
                        .isZero();
                assertThat(Tables.submissionsWithoutValidation(restored.jdbi())).isZero();

                Result quiet = new Cli(source).run("db", "backup", afterWrites.toString());
                assertThat(quiet.exitCode()).as(quiet.toString()).isZero();
                Result refused = new Cli(fresh).run("db", "restore", afterWrites.toString());
                assertThat(refused.exitCode()).as(refused.toString()).isEqualTo(ErrorReporter.CONFLICT);
                assertThat(refused.err())
                        .contains("already holds data", "--force")
                        .doesNotContain("Exception");
                Result forced = new Cli(fresh).run("db", "restore", afterWrites.toString(), "--force");
                assertThat(forced.exitCode()).as(forced.toString()).isZero();

                assertThat(Tables.rows(restored.jdbi()))
                        .as("every table, row by row")
                        .isEqualTo(now);
                try (Ltt again = new Ltt(restored)) { // closes the restored database too (closing twice is harmless)
                    again.use().createLearner.create(new CreateLearner.Command("after-restore", null, null));
                    again.use()
                            .submitWork
                            .submit(
                                    "after-restore",
                                    "backup@v1.1.1",
                                    new SubmitWork.Command("pass", null, null),
                                    "after-restore"); // the sequences were set past every restored id
                }
            }
        }
    }

    private static void seed(Ltt ltt) {
        ObjectNode curriculum =
                Json.object().put("project_id", "backup").put("version", 1).put("title", "Backup");
        ArrayNode tasks =
                curriculum.putArray("epics").addObject().put("title", "All").putArray("tasks");
        for (int t = 1; t <= TASKS; t++) {
            tasks.addObject()
                    .put("title", "Task " + t)
                    .putObject("validation")
                    .put("type", "exact")
                    .put("expected", "pass");
        }
        ltt.use()
                .ingestCurriculum
                .ingest(Json.write(curriculum).getBytes(java.nio.charset.StandardCharsets.UTF_8), false);
        for (int w = 0; w < WRITERS; w++)
            ltt.use().createLearner.create(new CreateLearner.Command("w" + w, null, null));
    }

    /** Each writer: two wrong answers, then the right one, task after task, until told to stop. */
    private static List<Thread> startWriters(Ltt ltt, AtomicBoolean writing, AtomicInteger submitted) {
        List<Thread> writers = new ArrayList<>();
        for (int w = 0; w < WRITERS; w++) {
            String learner = "w" + w;
            Thread writer = new Thread(
                    () -> {
                        for (int n = 0; writing.get(); n++) {
                            String task = "backup@v1.1." + (1 + (n / 3) % TASKS);
                            try {
                                ltt.use()
                                        .submitWork
                                        .submit(
                                                learner,
                                                task,
                                                new SubmitWork.Command(n % 3 == 2 ? "pass" : "wrong", null, null),
                                                learner);
                                submitted.incrementAndGet();
                            } catch (LttException e) {
                                // a task closed earlier in the loop: the writer moves on
                            }
                        }
                    },
                    "writer-" + learner);
            writer.start();
            writers.add(writer);
        }
        return writers;
    }

    /** Every table's rows as text, sorted, and the invariants a consistent snapshot keeps. */
    static final class Tables {
        private static final String TABLES = """
                SELECT c.relname FROM pg_class c
                WHERE c.relnamespace = 'public'::regnamespace AND c.relkind IN ('r', 'p') AND NOT c.relispartition
                  AND c.relname <> 'flyway_schema_history' ORDER BY 1""";

        static Map<String, List<String>> rows(Jdbi jdbi) {
            return jdbi.withHandle(h -> {
                Map<String, List<String>> rows = new LinkedHashMap<>();
                for (String table : h.createQuery(TABLES).mapTo(String.class).list()) {
                    rows.put(
                            table,
                            h.createQuery("SELECT t::text FROM \"" + table + "\" t ORDER BY 1")
                                    .mapTo(String.class)
                                    .list());
                }
                return rows;
            });
        }

        static long attemptGaps(Jdbi jdbi) {
            return jdbi.withHandle(h -> h.createQuery("""
                    SELECT count(*) FROM (SELECT learner_id, task_id FROM submissions GROUP BY learner_id, task_id
                                          HAVING max(attempt_number) <> count(*) OR min(attempt_number) <> 1) g""").mapTo(Long.class).one());
        }

        static long submissionsWithoutValidation(Jdbi jdbi) {
            return jdbi.withHandle(h -> h.createQuery("""
                    SELECT count(*) FROM submissions s
                    WHERE NOT EXISTS (SELECT 1 FROM validations v WHERE v.learner_id = s.learner_id
                                      AND v.submission_id = s.submission_id)""").mapTo(Long.class).one());
        }
    }
}
