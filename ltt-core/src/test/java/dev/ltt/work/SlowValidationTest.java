package dev.ltt.work;

import static org.assertj.core.api.Assertions.assertThat;

import dev.ltt.db.Database;
import dev.ltt.discussion.Note;
import dev.ltt.people.CreateLearner;
import dev.ltt.progress.ReadyList;
import dev.ltt.testing.TestDatabase;
import dev.ltt.usecase.UseCases;
import dev.ltt.validation.SqlDataset;
import dev.ltt.validation.SqlDatasets;
import dev.ltt.validation.Validators;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Validation runs before the learner's lock is taken: a SQL check that runs for seconds (a recursive CTE in the
 * SQLite sandbox, stopped by its time limit) holds up neither another learner's submission, nor the same
 * learner's ready list, nor the same learner's own writes, and is still recorded as one attempt afterwards.
 */
class SlowValidationTest {
    static final String SLUG = "slowsql";
    static final String QUERY = SLUG + "@v1.1.1.1";
    /** Counts far past what the sandbox's time limit lets it reach: it runs until the limit stops it. */
    static final String ENDLESS =
            "WITH RECURSIVE c(n) AS (SELECT 1 UNION ALL SELECT n + 1 FROM c WHERE n < 1000000000000) "
                    + "SELECT count(*) FROM c;";

    static final String QUICK = "SELECT x FROM t;";

    @TempDir
    static Path datasets;

    static Database database;
    static UseCases use;
    /** Counted down when a check asks for the project's dataset, that is when validation begins. */
    static volatile CountDownLatch checking = new CountDownLatch(1);

    @BeforeAll
    static void open() throws IOException {
        Files.writeString(datasets.resolve(SLUG + ".sql"), "CREATE TABLE t (x INTEGER); INSERT INTO t VALUES (1);");
        SqlDatasets files = SqlDatasets.directory(datasets);
        SqlDatasets signalling = slug -> {
            Optional<SqlDataset> found = files.find(slug);
            checking.countDown();
            return found;
        };
        database = TestDatabase.fresh();
        use = new UseCases(database.jdbi(), Clock.systemUTC(), null, Validators.builtIn(signalling));
        use.ingestCurriculum.ingest(curriculum(), false);
        use.createLearner.create(new CreateLearner.Command("slow", null, null));
        use.createLearner.create(new CreateLearner.Command("quick", null, null));
    }

    @AfterAll
    static void close() {
        database.close();
    }

    @Test
    void a_slow_sql_check_delays_neither_another_learner_nor_the_same_learners_reads_and_writes() throws Exception {
        checking = new CountDownLatch(1);
        CompletableFuture<SubmissionResult> slow = CompletableFuture.supplyAsync(
                () -> use.submitWork.submit("slow", QUERY, new SubmitWork.Command(ENDLESS, "sql", null), "slow"));
        assertThat(checking.await(30, TimeUnit.SECONDS))
                .as("the slow check began")
                .isTrue();

        SubmissionResult other =
                use.submitWork.submit("quick", QUERY, new SubmitWork.Command(QUICK, "sql", null), "quick");
        ReadyList ready = use.readyWork.ready("slow", SLUG, 10, false);
        Note note = use.writeNote.write("slow", QUERY, "trying a recursive query", "slow");

        assertThat(slow)
                .as("the slow check is still running when the other calls have answered")
                .isNotDone();
        assertThat(other.validation().passed()).isTrue();
        assertThat(other.status()).isEqualTo("closed");
        assertThat(ready.tasks()).extracting("id").contains(QUERY);
        assertThat(note.version()).isEqualTo(1);

        SubmissionResult judged = slow.get(60, TimeUnit.SECONDS);
        assertThat(judged.attemptNumber()).isEqualTo(1);
        assertThat(judged.validation().passed()).isFalse();
        assertThat(judged.status()).isEqualTo("in_progress");
        assertThat(use.listSubmissions.list("slow", QUERY, 10))
                .extracting(Submission::attemptNumber)
                .containsExactly(1);
    }

    static byte[] curriculum() {
        return ("""
                {"project_id": "%s", "version": 1, "title": "Slow SQL",
                 "epics": [{"title": "Queries", "tasks": [{"title": "Count", "subtasks": [
                   {"title": "one row", "validation": {"type": "sql_result",
                     "checks": [{"query": "SELECT x FROM t", "expect": {"row_count": 1}}]}},
                   {"title": "later", "dependencies": ["one row"]}
                 ]}]}]}
                """).formatted(SLUG).getBytes(StandardCharsets.UTF_8);
    }
}
