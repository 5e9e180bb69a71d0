package dev.ltt.usecase;

import static dev.ltt.testing.MiniCurriculum.A;
import static dev.ltt.testing.MiniCurriculum.ALPHA;
import static dev.ltt.testing.MiniCurriculum.ALPHA_ONE;
import static dev.ltt.testing.MiniCurriculum.B;
import static dev.ltt.testing.MiniCurriculum.BETA;
import static dev.ltt.testing.MiniCurriculum.BETA_ONE;
import static dev.ltt.testing.MiniCurriculum.C;
import static dev.ltt.testing.MiniCurriculum.ROOT;
import static dev.ltt.testing.MiniCurriculum.SLUG;
import static dev.ltt.testing.MiniCurriculum.TALK;
import static dev.ltt.testing.MiniCurriculum.document;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.tuple;

import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.ltt.Ltt;
import dev.ltt.cohort.CohortView;
import dev.ltt.error.NotFoundException;
import dev.ltt.json.Json;
import dev.ltt.people.CreateLearner;
import dev.ltt.progress.TreeView;
import dev.ltt.testing.InstanceRows;
import dev.ltt.testing.TestDatabase;
import dev.ltt.work.SubmitWork;
import java.util.Map;
import java.util.OptionalInt;
import java.util.concurrent.atomic.AtomicInteger;
import org.jdbi.v3.core.statement.SqlLogger;
import org.jdbi.v3.core.statement.StatementContext;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The cohort view counts what each learner sees (effective statuses), not stored rows: ada started a-leaf,
 * ben closed it, cid closed all of Alpha; dan never did anything and is not enrolled.
 */
class CohortProgressTest {
    static final OptionalInt V1 = OptionalInt.of(1);
    static Ltt ltt;
    static UseCases use;

    @BeforeAll
    static void walkThreeLearners() {
        ltt = new Ltt(TestDatabase.fresh());
        use = ltt.use();
        use.ingestCurriculum.ingest(document(), false);
        String ada = learner("ada", "Ada"), ben = learner("ben", "Ben"), cid = learner("cid", null);
        learner("dan", null);
        use.startTask.start(ada, A, ada);
        pass(ben, A);
        pass(cid, A);
        pass(cid, B);
        use.completeTask.complete(cid, TALK, null, cid);
    }

    @AfterAll
    static void close() {
        ltt.close();
    }

    static String learner(String id, String name) {
        return use.createLearner
                .create(new CreateLearner.Command(id, name, null))
                .id();
    }

    static void pass(String learner, String task) {
        use.submitWork.submit(learner, task, new SubmitWork.Command("done", null, null), learner);
    }

    static CohortView.TaskCounts task(CohortView view, String id) {
        return view.tasks().stream().filter(t -> t.id().equals(id)).findFirst().orElseThrow();
    }

    @Test
    void each_node_counts_the_effective_status_every_enrolled_learner_sees() {
        CohortView view = use.cohortProgress.show(SLUG, V1);

        assertThat(view.tasks())
                .extracting(CohortView.TaskCounts::id)
                .containsExactly(ROOT, ALPHA, ALPHA_ONE, A, B, TALK, BETA, BETA_ONE, C);
        assertThat(view.tasks())
                .extracting(t -> t.id(), t -> t.open(), t -> t.inProgress(), t -> t.blocked(), t -> t.closed())
                .containsExactly(
                        tuple(ROOT, 0, 3, 0, 0),
                        tuple(ALPHA, 0, 2, 0, 1),
                        tuple(ALPHA_ONE, 0, 2, 0, 1),
                        tuple(A, 0, 1, 0, 2),
                        tuple(B, 1, 0, 1, 1), // ada: blocked by a-leaf without a row; ben: open without a row
                        tuple(TALK, 2, 0, 0, 1),
                        tuple(BETA, 1, 0, 2, 0), // blocked until Alpha closes; open for cid, who has no row here
                        tuple(BETA_ONE, 1, 0, 2, 0),
                        tuple(C, 1, 0, 2, 0));
        assertThat(task(view, B))
                .extracting(
                        CohortView.TaskCounts::title, CohortView.TaskCounts::taskType, CohortView.TaskCounts::parentId)
                .containsExactly("b-leaf", "subtask", ALPHA_ONE);
        assertThat(task(view, ROOT).parentId()).isNull();
    }

    @Test
    void totals_and_learners_cover_the_enrolled_learners_only() {
        CohortView view = use.cohortProgress.show(SLUG, V1);

        assertThat(view.project()).isEqualTo(new TreeView.ProjectRef(SLUG, 1, "Mini"));
        assertThat(view.totals()).isEqualTo(new CohortView.Totals(3, 4, 33.3, 0));
        assertThat(view.learners())
                .extracting(
                        l -> l.learnerId(),
                        l -> l.name(),
                        l -> l.completed(),
                        l -> l.percentage(),
                        l -> l.inProgress(),
                        l -> l.blocked())
                .containsExactly(
                        tuple("ada", "Ada", 0, 0.0, 1, 2),
                        tuple("ben", "Ben", 1, 25.0, 0, 1),
                        tuple("cid", null, 3, 75.0, 0, 0));
        assertThat(view.learners())
                .allSatisfy(l -> assertThat(l.lastActivityAt()).isAfterOrEqualTo(l.enrolledAt()));
    }

    @Test
    void the_cohort_view_takes_two_statements_once_the_snapshot_is_cached_and_writes_nothing() {
        use.cohortProgress.show(SLUG, V1);
        Map<String, Long> before = InstanceRows.count(ltt.database().jdbi());
        AtomicInteger statements = new AtomicInteger();
        ltt.database().jdbi().setSqlLogger(new SqlLogger() {
            @Override
            public void logAfterExecution(StatementContext context) {
                statements.incrementAndGet();
            }
        });
        try {
            use.cohortProgress.show(SLUG, V1);
        } finally {
            ltt.database().jdbi().setSqlLogger(SqlLogger.NOP_SQL_LOGGER);
        }
        assertThat(statements).hasValue(2);
        assertThat(InstanceRows.count(ltt.database().jdbi())).isEqualTo(before);
    }

    @Test
    void learners_stay_counted_on_their_version_and_the_latest_version_is_the_default() throws Exception {
        ObjectNode v2 = (ObjectNode) Json.MAPPER.readTree(document());
        v2.put("version", 2);
        use.ingestCurriculum.ingest(Json.MAPPER.writeValueAsBytes(v2), false);
        String eve = learner("eve", null);
        use.startTask.start(eve, "mini@v2.1.1.1", eve);

        CohortView latest = use.cohortProgress.show(SLUG, OptionalInt.empty());
        assertThat(latest.project().version()).isEqualTo(2);
        assertThat(latest.learners())
                .extracting(CohortView.LearnerProgress::learnerId)
                .containsExactly("eve");
        assertThat(use.cohortProgress.show(SLUG, V1).learners())
                .extracting(CohortView.LearnerProgress::learnerId)
                .containsExactly("ada", "ben", "cid");
    }

    @Test
    void a_project_or_version_that_does_not_exist_is_not_found() {
        assertThatThrownBy(() -> use.cohortProgress.show("nothing", OptionalInt.empty()))
                .isInstanceOf(NotFoundException.class)
                .hasMessageContaining("no project nothing");
        assertThatThrownBy(() -> use.cohortProgress.show(SLUG, OptionalInt.of(99)))
                .isInstanceOf(NotFoundException.class)
                .hasMessageContaining("version 99");
    }
}
