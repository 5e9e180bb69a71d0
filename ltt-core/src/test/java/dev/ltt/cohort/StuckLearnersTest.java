package dev.ltt.cohort;

import static dev.ltt.testing.MiniCurriculum.A;
import static dev.ltt.testing.MiniCurriculum.ALPHA;
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
import dev.ltt.error.InvalidInputException;
import dev.ltt.people.CreateLearner;
import dev.ltt.testing.TestDatabase;
import dev.ltt.usecase.UseCases;
import dev.ltt.work.SubmissionResult;
import dev.ltt.work.SubmitWork;
import java.util.List;
import java.util.OptionalInt;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** Stuck learners: idle on a started leaf, or failing a task again and again. Time passes through SQL. */
class StuckLearnersTest {
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
        String id = "learner-" + (++learners);
        return use.createLearner
                .create(new CreateLearner.Command(id, "Name " + learners, null))
                .id();
    }

    static SubmissionResult submit(String learner, String task, String content) {
        return use.submitWork.submit(learner, task, new SubmitWork.Command(content, null, null), learner);
    }

    static List<StuckReport.Stuck> stuck(String learner, int hours, int failures) {
        return use.stuckLearners.find(SLUG, OptionalInt.empty(), hours, failures).stuck().stream()
                .filter(s -> s.learnerId().equals(learner))
                .toList();
    }

    /** Moves the learner's stored change of {@code task} back in time. */
    static void ageProgress(String learner, String task, String interval) {
        ltt.database()
                .jdbi()
                .useHandle(h -> h.createUpdate("""
                        UPDATE learner_task_progress SET updated_at = now() - CAST(:age AS interval),
                               started_at = now() - CAST(:age AS interval)
                        WHERE learner_id = :learner AND task_id = :task
                        """)
                        .bind("age", interval)
                        .bind("learner", learner)
                        .bind("task", task)
                        .execute());
    }

    static void ageSubmissions(String learner, String task, String interval) {
        ltt.database()
                .jdbi()
                .useHandle(h -> h.createUpdate("""
                        UPDATE submissions SET created_at = now() - CAST(:age AS interval)
                        WHERE learner_id = :learner AND task_id = :task
                        """)
                        .bind("age", interval)
                        .bind("learner", learner)
                        .bind("task", task)
                        .execute());
    }

    @Test
    void three_failed_validations_in_a_row_make_a_learner_stuck_until_a_pass() {
        String learner = newLearner();
        submit(learner, A, " ");
        submit(learner, A, "");
        assertThat(stuck(learner, 48, 3)).isEmpty();
        assertThat(stuck(learner, 48, 2))
                .singleElement()
                .extracting(StuckReport.Stuck::reason)
                .isEqualTo("failed 2 times in a row");

        submit(learner, A, "\n");
        assertThat(stuck(learner, 48, 3))
                .singleElement()
                .extracting(
                        s -> s.taskId(),
                        s -> s.taskTitle(),
                        s -> s.kind(),
                        s -> s.reason(),
                        s -> s.failures(),
                        s -> s.learnerName())
                .containsExactly(A, "a-leaf", StuckReport.FAILING, "failed 3 times in a row", 3, "Name " + learners);

        submit(learner, A, "a real answer");
        assertThat(stuck(learner, 48, 1)).isEmpty();
    }

    @Test
    void only_the_failures_since_the_last_pass_count() {
        String learner = newLearner();
        submit(learner, A, "");
        submit(learner, A, "");
        submit(learner, A, "ok");
        use.reopenTask.reopen(learner, A, "try it again", learner);
        submit(learner, A, "");
        assertThat(stuck(learner, 48, 2)).isEmpty();
        submit(learner, A, "");
        assertThat(stuck(learner, 48, 2))
                .singleElement()
                .extracting(StuckReport.Stuck::failures)
                .isEqualTo(2);
    }

    @Test
    void a_leaf_in_progress_for_longer_than_the_threshold_with_no_submission_since_is_stuck() {
        String idle = newLearner(), busy = newLearner();
        use.startTask.start(idle, A, idle);
        ageProgress(idle, A, "3 days 1 hour");
        submit(busy, A, "");
        ageProgress(busy, A, "3 days 1 hour");

        assertThat(stuck(idle, 48, 3))
                .singleElement()
                .extracting(
                        s -> s.taskId(), s -> s.kind(), s -> s.reason(), s -> s.failures(), s -> s.lastSubmissionAt())
                .containsExactly(A, StuckReport.IDLE, "in progress for 3 days with no submission", null, null);
        assertThat(stuck(idle, 100, 3)).isEmpty();
        assertThat(stuck(busy, 48, 3)).as("submitted within the threshold").isEmpty();

        ageSubmissions(busy, A, "50 hours");
        assertThat(stuck(busy, 48, 3))
                .singleElement()
                .extracting(StuckReport.Stuck::reason)
                .isEqualTo("in progress for 3 days, last submission 2 days ago");
    }

    @Test
    void containers_back_in_progress_after_a_reopen_are_not_reported_as_idle() {
        String learner = newLearner();
        submit(learner, A, "ok");
        submit(learner, B, "ok");
        use.completeTask.complete(learner, TALK, null, learner);
        use.reopenTask.reopen(learner, B, "again", learner);
        use.startTask.start(learner, B, learner);
        for (String task : List.of(ROOT, ALPHA, ALPHA_ONE, B)) ageProgress(learner, task, "10 days");
        ageSubmissions(learner, B, "10 days");

        assertThat(stuck(learner, 48, 3))
                .extracting(StuckReport.Stuck::taskId, StuckReport.Stuck::kind)
                .containsExactly(tuple(B, StuckReport.IDLE));
    }

    @Test
    void the_report_lists_the_longest_stuck_first_and_names_its_thresholds() {
        String older = newLearner(), newer = newLearner();
        use.startTask.start(newer, A, newer);
        ageProgress(newer, A, "5 days");
        use.startTask.start(older, A, older);
        ageProgress(older, A, "9 days");

        StuckReport report = use.stuckLearners.find(SLUG, OptionalInt.of(1), 72, 4);
        assertThat(report.hours()).isEqualTo(72);
        assertThat(report.failures()).isEqualTo(4);
        assertThat(report.project().projectId()).isEqualTo(SLUG);
        List<String> order = report.stuck().stream()
                .map(StuckReport.Stuck::learnerId)
                .filter(id -> id.equals(older) || id.equals(newer))
                .toList();
        assertThat(order).containsExactly(older, newer);
        assertThat(report.stuck()).isSortedAccordingTo(java.util.Comparator.comparing(StuckReport.Stuck::since));
    }

    @Test
    void thresholds_out_of_range_are_refused_with_their_names() {
        assertThatThrownBy(() -> use.stuckLearners.find(SLUG, OptionalInt.empty(), 0, 3))
                .isInstanceOfSatisfying(
                        InvalidInputException.class,
                        e -> assertThat(e.errors()).extracting(f -> f.path()).containsExactly("hours"));
        assertThatThrownBy(() -> use.stuckLearners.find(SLUG, OptionalInt.empty(), 48, 0))
                .isInstanceOfSatisfying(
                        InvalidInputException.class,
                        e -> assertThat(e.errors()).extracting(f -> f.path()).containsExactly("failures"));
    }

    @Test
    void durations_read_as_minutes_hours_then_days() {
        java.time.Instant now = java.time.Instant.parse("2025-01-10T12:00:00Z");
        assertThat(StuckLearners.duration(now.minusSeconds(30), now)).isEqualTo("1 minute");
        assertThat(StuckLearners.duration(now.minusSeconds(3600), now)).isEqualTo("1 hour");
        assertThat(StuckLearners.duration(now.minusSeconds(47 * 3600), now)).isEqualTo("47 hours");
        assertThat(StuckLearners.duration(now.minusSeconds(49 * 3600), now)).isEqualTo("2 days");
    }
}
