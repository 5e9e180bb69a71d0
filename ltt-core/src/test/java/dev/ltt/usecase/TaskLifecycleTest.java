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

import dev.ltt.Ltt;
import dev.ltt.error.BlockedException;
import dev.ltt.error.InvalidInputException;
import dev.ltt.error.InvalidStateException;
import dev.ltt.error.NotFoundException;
import dev.ltt.people.CreateLearner;
import dev.ltt.progress.BlockedTask;
import dev.ltt.progress.Progress;
import dev.ltt.progress.ReadyTask;
import dev.ltt.testing.InstanceRows;
import dev.ltt.testing.TestDatabase;
import dev.ltt.work.Submission;
import dev.ltt.work.SubmissionResult;
import dev.ltt.work.SubmitWork;
import dev.ltt.work.TaskStatus;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** The rules of behaviour.md sections 3 to 5 on a small curriculum, one fresh learner per test. */
class TaskLifecycleTest {
    static Ltt ltt;
    static UseCases use;
    static int learners;

    @BeforeAll
    static void open() {
        ltt = new Ltt(TestDatabase.fresh());
        use = ltt.use();
        use.ingestCurriculum.ingest(document(), false);
    }

    @AfterAll
    static void close() {
        ltt.close();
    }

    static String newLearner() {
        return use.createLearner
                .create(new CreateLearner.Command("learner-" + (++learners), null, null))
                .id();
    }

    static SubmissionResult pass(String learner, String task) {
        return use.submitWork.submit(learner, task, new SubmitWork.Command("my answer", null, null), learner);
    }

    static List<String> readyIds(String learner) {
        return use.readyWork.ready(learner, SLUG, 100, false).tasks().stream()
                .map(ReadyTask::id)
                .toList();
    }

    static String status(String learner, String task) {
        return use.showTask.show(learner, task).status();
    }

    @Test
    void a_new_learner_sees_every_task_open_and_only_unblocked_leaves_ready() {
        String learner = newLearner();
        assertThat(readyIds(learner)).containsExactly(A, TALK);
        assertThat(use.readyWork.blocked(learner, SLUG, false))
                .extracting(BlockedTask::id)
                .containsExactly(B, C);
        assertThat(status(learner, ALPHA)).isEqualTo("open");
    }

    @Test
    void reading_ready_work_trees_tasks_progress_and_submissions_creates_no_row() {
        String learner = newLearner();
        Map<String, Long> before = InstanceRows.count(ltt.database().jdbi());
        use.readyWork.ready(learner, SLUG, 5, true);
        use.readyWork.blocked(learner, SLUG, true);
        use.showTree.tree(learner, SLUG);
        use.showTask.show(learner, C);
        use.showProgress.progress(learner, SLUG);
        use.listSubmissions.list(learner, A, 10);
        assertThat(InstanceRows.count(ltt.database().jdbi())).isEqualTo(before);
    }

    @Test
    void a_prerequisite_of_an_ancestor_blocks_start_and_hides_the_task_from_ready() {
        String learner = newLearner();
        assertThatThrownBy(() -> use.startTask.start(learner, C, learner))
                .isInstanceOf(BlockedException.class)
                .satisfies(e -> assertThat(((BlockedException) e).blockedBy()).containsExactly(ALPHA))
                .hasMessageContaining("Alpha");
        assertThat(readyIds(learner)).doesNotContain(C);
        assertThat(use.showTask.show(learner, C).blockedBy()).containsExactly(ALPHA);
    }

    @Test
    void start_is_idempotent_and_puts_in_progress_work_first() {
        String learner = newLearner();
        assertThat(use.startTask.start(learner, TALK, learner).status()).isEqualTo("in_progress");
        assertThat(use.startTask.start(learner, TALK, learner).status()).isEqualTo("in_progress");
        assertThat(readyIds(learner)).containsExactly(TALK, A);
        int events = ltt.database()
                .jdbi()
                .withHandle(h -> h.createQuery("SELECT count(*) FROM events WHERE learner_id = :l")
                        .bind("l", learner)
                        .mapTo(Integer.class)
                        .one());
        assertThat(events).isEqualTo(1);
    }

    @Test
    void the_passing_submission_on_the_last_leaf_closes_task_epic_and_project_none_of_them_started() {
        String learner = newLearner();
        pass(learner, A);
        use.completeTask.complete(learner, TALK, "we talked", learner);
        SubmissionResult lastOfAlpha = pass(learner, B);
        assertThat(lastOfAlpha.autoClosed()).containsExactly(ALPHA_ONE, ALPHA);
        assertThat(status(learner, BETA)).isEqualTo("open");

        SubmissionResult last = pass(learner, C);
        assertThat(last.status()).isEqualTo("closed");
        assertThat(last.autoClosed()).containsExactly(BETA_ONE, BETA, ROOT);
        assertThat(last.readyTasks()).isEmpty();
        Progress progress = use.showProgress.progress(learner, SLUG);
        assertThat(progress.completed()).isEqualTo(progress.total()).isEqualTo(4);
        assertThat(progress.objectives().achieved()).isEqualTo(3);
    }

    @Test
    void reopening_a_leaf_returns_its_closed_ancestors_to_in_progress_and_leaves_siblings_alone() {
        String learner = newLearner();
        pass(learner, A);
        use.completeTask.complete(learner, TALK, null, learner);
        pass(learner, B);
        TaskStatus reopened = use.reopenTask.reopen(learner, A, "wants to redo it", learner);
        assertThat(reopened.status()).isEqualTo("open");
        assertThat(reopened.reopened()).containsExactly(ALPHA_ONE, ALPHA);
        assertThat(status(learner, ALPHA_ONE)).isEqualTo("in_progress");
        assertThat(status(learner, B)).isEqualTo("closed");
        assertThat(readyIds(learner)).contains(A).doesNotContain(C);
        assertThat(status(learner, C)).isEqualTo("blocked");
    }

    @Test
    void a_failed_validation_keeps_the_task_in_progress_and_a_later_pass_closes_it_with_attempts_1_2_3() {
        String learner = newLearner();
        SubmissionResult failed = use.submitWork.submit(learner, A, new SubmitWork.Command("   ", null, null), learner);
        assertThat(failed.validation().passed()).isFalse();
        assertThat(failed.validation().feedback()).isNotBlank();
        assertThat(failed.status()).isEqualTo("in_progress");
        assertThat(failed.attemptNumber()).isEqualTo(1);

        SubmissionResult passed = pass(learner, A);
        assertThat(passed.attemptNumber()).isEqualTo(2);
        assertThat(passed.status()).isEqualTo("closed");

        use.reopenTask.reopen(learner, A, "again", learner);
        assertThat(pass(learner, A).attemptNumber()).isEqualTo(3);
        assertThat(use.listSubmissions.list(learner, A, 10))
                .extracting(Submission::attemptNumber)
                .containsExactly(3, 2, 1);
        assertThat(use.showTask.show(learner, A).attempts()).isEqualTo(3);
    }

    @Test
    void two_learners_on_one_curriculum_never_see_each_others_state() {
        String ada = newLearner();
        String bob = newLearner();
        pass(ada, A);
        assertThat(status(ada, A)).isEqualTo("closed");
        assertThat(status(bob, A)).isEqualTo("open");
        assertThat(readyIds(ada)).containsExactly(B, TALK);
        assertThat(readyIds(bob)).containsExactly(A, TALK);
        assertThat(use.listSubmissions.list(bob, A, 10)).isEmpty();
        assertThat(use.showProgress.progress(bob, SLUG).completed()).isZero();
    }

    @Test
    void closed_tasks_refuse_start_and_submit_with_a_hint_to_reopen() {
        String learner = newLearner();
        pass(learner, A);
        assertThatThrownBy(() -> use.startTask.start(learner, A, learner))
                .isInstanceOf(InvalidStateException.class)
                .hasMessageContaining("reopen");
        assertThatThrownBy(() -> pass(learner, A))
                .isInstanceOf(InvalidStateException.class)
                .hasMessageContaining("reopen");
        assertThatThrownBy(() -> use.reopenTask.reopen(learner, B, "not closed", learner))
                .isInstanceOf(InvalidStateException.class);
    }

    @Test
    void complete_refuses_tasks_that_need_a_submission_and_containers_with_open_children() {
        String learner = newLearner();
        assertThatThrownBy(() -> use.completeTask.complete(learner, A, null, learner))
                .isInstanceOf(InvalidStateException.class)
                .hasMessageContaining("submission");
        assertThatThrownBy(() -> use.completeTask.complete(learner, ALPHA_ONE, null, learner))
                .isInstanceOf(InvalidStateException.class)
                .hasMessageContaining(A);
        assertThatThrownBy(() ->
                        use.submitWork.submit(learner, ALPHA_ONE, new SubmitWork.Command("x", null, null), learner))
                .isInstanceOf(InvalidStateException.class)
                .hasMessageContaining("subtasks");
    }

    @Test
    void a_reopened_container_closes_again_through_complete() {
        String learner = newLearner();
        pass(learner, A);
        pass(learner, B);
        TaskStatus closedAll = use.completeTask.complete(learner, TALK, null, learner);
        assertThat(closedAll.autoClosed()).containsExactly(ALPHA_ONE, ALPHA);
        use.reopenTask.reopen(learner, ALPHA_ONE, "review the whole task", learner);
        // stored open; shown in progress because work under it is done (a container's derived status)
        assertThat(status(learner, ALPHA_ONE)).isEqualTo("in_progress");
        assertThat(status(learner, ALPHA)).isEqualTo("in_progress");
        assertThat(status(learner, A)).isEqualTo("closed");
        assertThat(use.completeTask
                        .complete(learner, ALPHA_ONE, "reviewed", learner)
                        .autoClosed())
                .containsExactly(ALPHA);
    }

    @Test
    void parking_a_task_blocks_it_with_the_reason_and_unparking_restores_it() {
        String learner = newLearner();
        use.startTask.start(learner, A, learner);
        use.blockTask.block(learner, ALPHA_ONE, "waiting for the dataset", "instructor");
        assertThat(readyIds(learner)).isEmpty();
        assertThatThrownBy(() -> use.startTask.start(learner, TALK, learner))
                .isInstanceOf(BlockedException.class)
                .hasMessageContaining("waiting for the dataset");
        use.blockTask.unblock(learner, ALPHA_ONE, "dataset is here", "instructor");
        assertThat(readyIds(learner)).containsExactly(A, TALK);
    }

    @Test
    void unknown_learners_and_tasks_are_not_found_and_bad_input_names_the_field() {
        String learner = newLearner();
        assertThatThrownBy(() -> use.readyWork.ready("nobody", SLUG, 5, false)).isInstanceOf(NotFoundException.class);
        assertThatThrownBy(() -> use.readyWork.ready(learner, "no-such-project", 5, false))
                .isInstanceOf(NotFoundException.class);
        assertThatThrownBy(() -> use.startTask.start(learner, "mini@v1.9", learner))
                .isInstanceOf(NotFoundException.class);
        assertThatThrownBy(() -> use.submitWork.submit(learner, A, new SubmitWork.Command(null, null, null), learner))
                .isInstanceOf(InvalidInputException.class)
                .satisfies(e -> assertThat(((InvalidInputException) e).errors())
                        .extracting("path")
                        .containsExactly("content"));
        assertThatThrownBy(() -> use.reopenTask.reopen(learner, A, " ", learner))
                .isInstanceOf(InvalidInputException.class);
    }
}
