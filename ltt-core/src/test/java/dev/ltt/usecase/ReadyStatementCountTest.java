package dev.ltt.usecase;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import dev.ltt.Ltt;
import dev.ltt.people.CreateLearner;
import dev.ltt.testing.Fixtures;
import dev.ltt.testing.MiniCurriculum;
import dev.ltt.testing.TestDatabase;
import dev.ltt.work.SubmitWork;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import org.jdbi.v3.core.statement.SqlLogger;
import org.jdbi.v3.core.statement.StatementContext;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The hot paths run a fixed, small number of statements, however large the curriculum or the cohort: one for
 * each read of a learner's project (ready, tree, progress), and a bounded few for a submit.
 */
class ReadyStatementCountTest {
    static Ltt ltt;
    static final List<String> statements = new ArrayList<>();

    @BeforeAll
    static void open() {
        ltt = new Ltt(TestDatabase.fresh());
        ltt.use().ingestCurriculum.ingest(Fixtures.curriculum(Fixtures.MAJI_NDOGO), false);
        ltt.use().createLearner.create(new CreateLearner.Command("counted", null, null));
        ltt.use().startTask.start("counted", "maji-ndogo-part1-v3@v3.1.1.1", "counted");
        ltt.database().jdbi().setSqlLogger(new SqlLogger() {
            @Override
            public void logAfterExecution(StatementContext context) {
                synchronized (statements) {
                    statements.add(context.getRenderedSql());
                }
            }
        });
    }

    @AfterAll
    static void close() {
        ltt.close();
    }

    @Test
    void
            ready_work_reads_the_learner_their_version_and_their_progress_rows_in_one_statement_once_the_structure_is_cached() {
        ltt.use().readyWork.ready("counted", Fixtures.MAJI_NDOGO, 5, false); // structure already cached by start
        statements.clear();
        ltt.use().readyWork.ready("counted", Fixtures.MAJI_NDOGO, 5, false);
        assertThat(statements).hasSize(1);
        assertThat(statements.get(0)).contains("learner_task_progress").contains("enrollments");
    }

    @Test
    void progress_and_tree_need_the_same_one_statement() {
        statements.clear();
        ltt.use().showProgress.progress("counted", Fixtures.MAJI_NDOGO);
        assertThat(statements).hasSize(1);
        statements.clear();
        ltt.use().showTree.tree("counted", Fixtures.MAJI_NDOGO);
        assertThat(statements).hasSize(1);
    }

    @Test
    void a_task_reads_the_learner_their_rows_and_its_latest_attempt_in_one_statement() {
        ltt.use().showTask.show("counted", "maji-ndogo-part1-v3@v3.1.1.1");
        statements.clear();
        ltt.use().showTask.show("counted", "maji-ndogo-part1-v3@v3.1.1.1");
        assertThat(statements).hasSize(1);
        assertThat(statements.get(0)).contains("learner_task_progress").contains("enrollments");
    }

    @Test
    void the_agent_context_reads_the_learner_their_rows_and_every_kind_of_history_and_memory_in_one_statement() {
        ltt.use().getContext.context("counted", "maji-ndogo-part1-v3@v3.1.1.1");
        statements.clear();
        ltt.use().getContext.context("counted", "maji-ndogo-part1-v3@v3.1.1.1");
        // the learner's rows; recent submissions; notes per task; help requests; the task's notes; shared and own
        // comments; what agents remember of the learner (profile, observations)
        assertThat(statements).hasSize(1);
        assertThat(statements.get(0))
                .contains("learner_task_progress", "enrollments", "submissions", "validations", "status_summaries")
                .contains("help_requests", "shared_comments", "comments", "learner_profiles", "learner_observations");
    }

    @Test
    void a_submit_makes_two_round_trips_whatever_it_closes_and_whether_it_enrolls_the_learner() {
        ltt.use().ingestCurriculum.ingest(MiniCurriculum.document(), false);
        ltt.use().createLearner.create(new CreateLearner.Command("submitter", null, null));
        // the version's structure and its task ids are cached once, by the first call that meets them (and
        // again after the ingest's invalidation notice has come back from the database)
        await().atMost(Duration.ofSeconds(10)).until(() -> {
            statements.clear();
            for (String task : List.of(MiniCurriculum.A, MiniCurriculum.B))
                ltt.use().showTask.show("submitter", task);
            return statements.size() == 2; // one statement per task read
        });
        statements.clear();
        submit(MiniCurriculum.A); // implicit start, close, unblocks b-leaf, first change: enrolls
        assertThat(statements).as(String.join("\n", statements)).hasSize(2);
        assertThat(statements.get(1)).contains("INSERT INTO enrollments").contains("learner_task_progress");
        ltt.use().completeTask.complete("submitter", MiniCurriculum.TALK, null, "submitter");
        statements.clear();
        submit(MiniCurriculum.B); // closes b-leaf, then Alpha one and Alpha with it
        // no read before the unit (the check is instant); the lock, then the learner's rows, their attempts on the
        // task and whether they have a grade link (two statements sent together); then, together, the submission
        // and its validation, the closing notes, and the rows, events and cohort tallies of every state change
        assertThat(statements).as(String.join("\n", statements)).hasSize(2);
        assertThat(statements.get(0))
                .contains("FOR UPDATE")
                .contains("learner_task_progress")
                .contains("submissions")
                .contains("lti_grade_links");
        assertThat(statements.get(1))
                .contains("INSERT INTO submissions")
                .contains("status_summaries")
                .contains("learner_task_progress")
                .contains("cohort_tally_deltas")
                .doesNotContain("INSERT INTO enrollments")
                // a learner who never came through an LTI launch has no scores to queue
                .doesNotContain("lti_score_outbox");
        assertThat(ltt.use().showTask.show("submitter", MiniCurriculum.ALPHA).status())
                .isEqualTo("closed");
    }

    private static void submit(String task) {
        ltt.use().submitWork.submit("submitter", task, new SubmitWork.Command("done", null, null), "submitter");
    }
}
