package dev.ltt.workspace;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.JsonNode;
import dev.ltt.Ltt;
import dev.ltt.error.InvalidInputException;
import dev.ltt.error.NotFoundException;
import dev.ltt.instance.LearnerDatabaseStore;
import dev.ltt.people.CreateLearner;
import dev.ltt.progress.ReadyTask;
import dev.ltt.progress.TaskDetail;
import dev.ltt.testing.Fixtures;
import dev.ltt.testing.TestDatabase;
import dev.ltt.usecase.UseCases;
import dev.ltt.work.SubmissionResult;
import dev.ltt.work.SubmitWork;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Maji Ndogo walked with nothing but each SQL leaf's own query as the submission, checked on the learner's own
 * database (no reported result), and what that database keeps, shows and forgets.
 */
class LearnerDatabaseTest {
    static final String SLUG = Fixtures.MAJI_NDOGO;
    static final String WRONG = "SELECT * FROM well_pollution WHERE description LIKE 'Clean_%'";
    static Ltt ltt;
    static UseCases use;

    @BeforeAll
    static void open() {
        ltt = new Ltt(TestDatabase.fresh());
        use = ltt.use();
        use.ingestCurriculum.ingest(Fixtures.curriculum(SLUG), false);
    }

    @AfterAll
    static void close() {
        ltt.close();
    }

    static void learner(String id) {
        use.createLearner.create(new CreateLearner.Command(id, null, null));
    }

    static long count(String learner, String sql) {
        return use.runSql.run(learner, SLUG, new RunSql.Command(sql), learner).rowCount();
    }

    /** Submits every leaf in ready order: SQL leaves their checks' own queries, with no result; others a sentence. */
    static List<SubmissionResult> walk(String learner) {
        List<SubmissionResult> results = new ArrayList<>();
        List<ReadyTask> ready;
        while (!(ready = use.readyWork.ready(learner, SLUG, 1, false).tasks()).isEmpty() && results.size() < 40) {
            TaskDetail task = use.showTask.show(learner, ready.get(0).id());
            JsonNode checks = task.extra().get("checks");
            SubmissionResult result = use.submitWork.submit(
                    learner,
                    task.id(),
                    new SubmitWork.Command(
                            checks == null ? "I have read it and I am ready." : queries(checks),
                            checks == null ? "text" : "sql",
                            null),
                    learner);
            assertThat(result.validation().passed())
                    .as("%s: %s", task.title(), result.validation().feedback())
                    .isTrue();
            if (checks != null) assertThat(result.validation().feedback()).contains("your own copy");
            results.add(result);
        }
        return results;
    }

    static String queries(JsonNode checks) {
        StringBuilder sql = new StringBuilder();
        checks.forEach(c -> sql.append(c.get("query").asText()).append(";\n"));
        return sql.toString();
    }

    @Test
    void the_whole_course_closes_on_the_learners_own_queries_run_step_by_step_in_their_database() {
        learner("walker");
        assertThat(walk("walker")).hasSize(32);
        assertThat(use.showProgress.progress("walker", SLUG).completed()).isEqualTo(32);
        assertThat(count("walker", WRONG)).isZero();
        assertThat(count("walker", "SELECT * FROM well_pollution WHERE results = 'Clean' AND biological > 0.01"))
                .isZero();
        assertThat(use.runSql
                        .run(
                                "walker",
                                SLUG,
                                new RunSql.Command("SELECT name FROM sqlite_master WHERE type = " + "'table'"),
                                "walker")
                        .rows())
                .extracting(r -> r.get(0))
                .doesNotContain("well_pollution_copy")
                .contains("well_pollution", "visits");
        ShowWorkspace.Workspace database = use.showWorkspace.show("walker", SLUG);
        assertThat(database.changed()).isTrue();
        assertThat(database.version()).as("copy, update, apply").isEqualTo(3);
        assertThat(database.sizeBytes())
                .as("only the pages that differ are stored")
                .isBetween(1L, 3_000_000L);
    }

    @Test
    void one_learners_changes_are_invisible_to_another_and_a_reset_brings_back_the_original() {
        learner("fixer");
        learner("bystander");
        walk("fixer");
        assertThat(count("fixer", WRONG)).isZero();
        assertThat(count("bystander", WRONG)).isEqualTo(38);
        assertThat(use.showWorkspace.show("bystander", SLUG).changed()).isFalse();

        ResetWorkspace.Result reset = use.resetWorkspace.reset("fixer", SLUG, "fixer");
        assertThat(reset.hadCopy()).isTrue();
        assertThat(count("fixer", WRONG)).isEqualTo(38);
        assertThat(use.showWorkspace.show("fixer", SLUG).changed()).isFalse();
        assertThat(use.resetWorkspace.reset("fixer", SLUG, "fixer").hadCopy()).isFalse();
    }

    @Test
    void a_submission_whose_statement_fails_keeps_none_of_its_changes() {
        learner("careful");
        String create = taskTitled("careful", "Create a copy table for safe testing");
        SubmissionResult failed = use.submitWork.submit(
                "careful",
                create,
                new SubmitWork.Command(
                        "CREATE TABLE well_pollution_copy AS SELECT * FROM well_pollution; SELECT nme FROM location",
                        "sql",
                        null),
                "careful");
        assertThat(failed.validation().passed()).isFalse();
        assertThat(failed.validation().feedback()).contains("no such column: nme");
        assertThat(use.showWorkspace.show("careful", SLUG).changed()).isFalse();
        assertThatThrownBy(() -> count("careful", "SELECT * FROM well_pollution_copy"))
                .isInstanceOf(InvalidInputException.class)
                .hasMessageContaining("no such table: well_pollution_copy");
    }

    @Test
    void run_reads_at_most_a_hundred_rows_counts_them_all_and_refuses_changes() {
        learner("runner");
        RunSql.Result anomalies = use.runSql.run(
                "runner",
                SLUG,
                new RunSql.Command(
                        "SELECT * FROM quality_score WHERE visit_count = 2 AND subjective_quality_score = 10"),
                "runner");
        assertThat(anomalies.columns()).containsExactly("record_id", "subjective_quality_score", "visit_count");
        assertThat(anomalies.rows()).hasSize(100);
        assertThat(anomalies.rowCount()).isEqualTo(218);
        assertThat(anomalies.truncated()).isTrue();
        assertThat(anomalies.rows().get(0).get(1)).isEqualTo(10L);

        RunSql.Result five =
                use.runSql.run("runner", SLUG, new RunSql.Command("SELECT * FROM location LIMIT 5"), "runner");
        assertThat(five.rows()).hasSize(5);
        assertThat(five.truncated()).isFalse();
        assertThat(five.rows().get(0)).containsExactly("AkHa00000", "2 Addis Ababa Road", "Akatsi", "Harare", "Urban");

        for (String change : List.of(
                "DROP TABLE visits", "UPDATE well_pollution SET results = 'Clean'", "ATTACH DATABASE 'x.db' AS x")) {
            assertThatThrownBy(() -> count("runner", change))
                    .isInstanceOf(InvalidInputException.class)
                    .satisfies(e -> assertThat(
                                    ((InvalidInputException) e).errors().get(0))
                            .satisfies(error -> {
                                assertThat(error.path()).isEqualTo("query");
                                assertThat(error.message()).contains("Run only reads your database");
                            }));
        }
        assertThat(count("runner", "SELECT * FROM visits")).isEqualTo(10_000);
        assertThatThrownBy(() -> count("runner", "SELECT nme FROM location"))
                .isInstanceOf(InvalidInputException.class)
                .satisfies(e -> assertThat(
                                ((InvalidInputException) e).errors().get(0).message())
                        .contains("no such column: nme")
                        .contains("run it again"));
    }

    @Test
    void a_learners_database_cannot_grow_past_its_limit() {
        learner("hoarder");
        String create = taskTitled("hoarder", "Create a copy table for safe testing");
        SubmissionResult result =
                use.submitWork.submit("hoarder", create, new SubmitWork.Command("""
                CREATE TABLE hoard AS WITH RECURSIVE n(i) AS (SELECT 1 UNION ALL SELECT i + 1 FROM n WHERE i < 100000)
                SELECT i, randomblob(4000) AS junk FROM n
                """, "sql", null), "hoarder");
        assertThat(result.validation().passed()).isFalse();
        assertThat(result.validation().feedback())
                .contains("grow past its limit")
                .contains("reset");
        assertThat(use.showWorkspace.show("hoarder", SLUG).changed()).isFalse();
    }

    @Test
    void a_project_without_a_dataset_or_an_unknown_learner_has_no_database() {
        use.ingestCurriculum.ingest(Fixtures.curriculum(Fixtures.PYTHON), false);
        learner("pythonista");
        assertThatThrownBy(() ->
                        use.runSql.run("pythonista", Fixtures.PYTHON, new RunSql.Command("SELECT 1"), "pythonista"))
                .isInstanceOf(NotFoundException.class)
                .hasMessageContaining("no SQL dataset");
        assertThatThrownBy(() -> use.runSql.run("nobody", SLUG, new RunSql.Command("SELECT 1"), "nobody"))
                .isInstanceOf(NotFoundException.class)
                .hasMessageContaining("no learner nobody");
        assertThat(use.showWorkspace.show("pythonista", Fixtures.PYTHON).sql()).isFalse();
    }

    @Test
    void learners_submitting_at_once_each_keep_exactly_their_own_changes() throws Exception {
        int learners = 3;
        ExecutorService pool = Executors.newFixedThreadPool(learners);
        try {
            List<Future<SubmissionResult>> results = new ArrayList<>();
            for (int i = 0; i < learners; i++) {
                String id = "parallel" + i;
                learner(id);
                String create = taskTitled(id, "Create a copy table for safe testing");
                Callable<SubmissionResult> submit = () -> use.submitWork.submit(
                        id,
                        create,
                        new SubmitWork.Command("CREATE TABLE mine_" + id + " AS SELECT * FROM employee", "sql", null),
                        id);
                results.add(pool.submit(submit));
            }
            for (Future<SubmissionResult> f : results)
                assertThat(f.get().validation().passed()).isTrue();
        } finally {
            pool.shutdown();
        }
        for (int i = 0; i < learners; i++) {
            String id = "parallel" + i;
            List<Object> tables = use
                    .runSql
                    .run(
                            id,
                            SLUG,
                            new RunSql.Command("SELECT name FROM sqlite_master WHERE " + "name LIKE 'mine_%'"),
                            id)
                    .rows()
                    .stream()
                    .map(r -> r.get(0))
                    .toList();
            assertThat(tables).containsExactly("mine_" + id);
        }
    }

    @Test
    void two_changes_sent_at_once_by_one_learner_keep_exactly_one_and_record_exactly_one() throws Exception {
        learner("twice");
        String create = taskTitled("twice", "Create a copy table for safe testing");
        ExecutorService pool = Executors.newFixedThreadPool(2);
        List<Future<SubmissionResult>> calls = new ArrayList<>();
        try {
            for (String table : List.of("first_try", "second_try")) {
                calls.add(pool.submit(() -> use.submitWork.submit(
                        "twice",
                        create,
                        new SubmitWork.Command("CREATE TABLE " + table + " AS SELECT * FROM employee", "sql", null),
                        "twice")));
            }
            int passed = 0;
            for (Future<SubmissionResult> call : calls) {
                try {
                    if (call.get().validation().passed()) passed++;
                } catch (java.util.concurrent.ExecutionException e) {
                    assertThat(e.getCause())
                            .isInstanceOfAny(
                                    dev.ltt.error.ConflictException.class, dev.ltt.error.InvalidStateException.class);
                }
            }
            assertThat(passed).isEqualTo(1);
        } finally {
            pool.shutdown();
        }
        assertThat(use.listSubmissions.list("twice", create, 10)).hasSize(1);
        assertThat(use.runSql
                        .run(
                                "twice",
                                SLUG,
                                new RunSql.Command("SELECT name FROM sqlite_master WHERE name LIKE " + "'%_try'"),
                                "twice")
                        .rows())
                .hasSize(1);
        assertThat(use.showWorkspace.show("twice", SLUG).version()).isEqualTo(1);
    }

    @Test
    void a_copy_read_before_another_write_is_refused_rather_than_overwriting_it() {
        learner("racer");
        LearnerDatabaseStore store = new LearnerDatabaseStore();
        org.jdbi.v3.core.Jdbi jdbi = ltt.database().jdbi();
        StoredLearnerCopy slow = StoredLearnerCopy.beforeRecording(jdbi, store, "racer", SLUG);
        assertThat(slow.image()).isEmpty();
        StoredLearnerCopy fast = StoredLearnerCopy.beforeRecording(jdbi, store, "racer", SLUG);
        assertThat(fast.image()).isEmpty();
        jdbi.useTransaction(h -> fast.keep(h, new byte[] {1, 2, 3}));
        assertThatThrownBy(() -> jdbi.useTransaction(h -> slow.keep(h, new byte[] {4, 5})))
                .isInstanceOf(dev.ltt.error.ConflictException.class)
                .hasMessageContaining("submit again");
        LearnerDatabaseStore.Stored kept =
                jdbi.withHandle(h -> store.find(h, "racer", SLUG)).orElseThrow();
        assertThat(kept.image()).containsExactly(1, 2, 3);
        assertThat(kept.version()).isEqualTo(1);
    }

    /** Opens the path to a task by closing what it waits for, then returns its id. */
    static String taskTitled(String learner, String title) {
        for (int guard = 0; guard < 40; guard++) {
            TaskDetail task = use.showTask.show(
                    learner,
                    use.readyWork.ready(learner, SLUG, 1, false).tasks().get(0).id());
            if (task.title().equals(title)) return task.id();
            JsonNode checks = task.extra().get("checks");
            use.submitWork.submit(
                    learner,
                    task.id(),
                    new SubmitWork.Command(checks == null ? "Read." : queries(checks), "sql", null),
                    learner);
        }
        throw new AssertionError("no task " + title);
    }
}
