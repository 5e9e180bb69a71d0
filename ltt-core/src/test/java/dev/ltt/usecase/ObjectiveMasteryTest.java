package dev.ltt.usecase;

import static dev.ltt.testing.MiniCurriculum.A;
import static dev.ltt.testing.MiniCurriculum.ALPHA_ONE;
import static dev.ltt.testing.MiniCurriculum.B;
import static dev.ltt.testing.MiniCurriculum.ROOT;
import static dev.ltt.testing.MiniCurriculum.SLUG;
import static dev.ltt.testing.MiniCurriculum.TALK;
import static dev.ltt.testing.MiniCurriculum.document;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.tuple;

import dev.ltt.Ltt;
import dev.ltt.cohort.MasteryView;
import dev.ltt.error.NotFoundException;
import dev.ltt.people.CreateLearner;
import dev.ltt.testing.TestDatabase;
import dev.ltt.work.SubmitWork;
import java.util.OptionalInt;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Objective mastery counts, per objective and per Bloom level, the enrolled learners who closed every leaf
 * under the objective's task: ada started a-leaf, ben closed it, cid closed all of Alpha; dan only read.
 */
class ObjectiveMasteryTest {
    static Ltt ltt;
    static UseCases use;

    @BeforeAll
    static void walkThreeLearners() {
        ltt = new Ltt(TestDatabase.fresh());
        use = ltt.use();
        use.ingestCurriculum.ingest(document(), false);
        for (String id : new String[] {"ada", "ben", "cid", "dan"})
            use.createLearner.create(new CreateLearner.Command(id, null, null));
        use.startTask.start("ada", A, "ada");
        pass("ben", A);
        pass("cid", A);
        pass("cid", B);
        use.completeTask.complete("cid", TALK, null, "cid");
        use.showTree.tree("dan", SLUG);
    }

    @AfterAll
    static void close() {
        ltt.close();
    }

    static void pass(String learner, String task) {
        use.submitWork.submit(learner, task, new SubmitWork.Command("done", null, null), learner);
    }

    @Test
    void each_objective_counts_the_enrolled_learners_who_closed_all_its_leaves() {
        MasteryView view = use.objectiveMastery.show(SLUG, OptionalInt.empty());

        assertThat(view.learners()).isEqualTo(3);
        assertThat(view.objectives())
                .extracting(
                        MasteryView.Objective::taskId, MasteryView.Objective::level, MasteryView.Objective::learners)
                .containsExactly(tuple(ROOT, "create", 0), tuple(ALPHA_ONE, "apply", 1), tuple(A, "remember", 2));
    }

    @Test
    void levels_sum_achieved_pairs_and_count_learners_with_every_objective_of_the_level() {
        MasteryView view = use.objectiveMastery.show(SLUG, OptionalInt.of(1));

        assertThat(view.levels())
                .extracting(MasteryView.Level::level)
                .containsExactly("remember", "understand", "apply", "analyze", "evaluate", "create");
        assertThat(view.levels())
                .filteredOn(l -> l.objectives() > 0)
                .extracting(
                        MasteryView.Level::level,
                        MasteryView.Level::achieved,
                        MasteryView.Level::possible,
                        MasteryView.Level::percentage,
                        MasteryView.Level::learnersWithAll)
                .containsExactly(
                        tuple("remember", 2L, 3L, 66.7, 2),
                        tuple("apply", 1L, 3L, 33.3, 1),
                        tuple("create", 0L, 3L, 0.0, 0));
    }

    @Test
    void an_unknown_project_is_not_found() {
        assertThatThrownBy(() -> use.objectiveMastery.show("nope", OptionalInt.empty()))
                .isInstanceOf(NotFoundException.class);
    }
}
