package dev.ltt.work;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.ltt.Ltt;
import dev.ltt.cohort.QueuedHelpRequest;
import dev.ltt.discussion.Event;
import dev.ltt.error.FieldError;
import dev.ltt.error.InvalidInputException;
import dev.ltt.error.NotFoundException;
import dev.ltt.people.CreateLearner;
import dev.ltt.progress.AgentContext;
import dev.ltt.progress.ReadyTask;
import dev.ltt.testing.MiniCurriculum;
import dev.ltt.testing.TestDatabase;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

class ReviewSubmissionTest {
    static final String INES = "instructor:ines";
    static Ltt ltt;

    @BeforeAll
    static void open() {
        ltt = new Ltt(TestDatabase.fresh());
        ltt.use().ingestCurriculum.ingest(MiniCurriculum.document(), false);
    }

    @AfterAll
    static void close() {
        ltt.close();
    }

    static String learner(String id) {
        return ltt.use()
                .createLearner
                .create(new CreateLearner.Command(id, null, null))
                .id();
    }

    static long submit(String learner, String task, String content) {
        return ltt.use()
                .submitWork
                .submit(learner, task, new SubmitWork.Command(content, null, null), learner)
                .submissionId();
    }

    @Test
    void a_passing_review_closes_the_task_is_in_the_events_and_the_context_and_unblocks_what_waits() {
        String ada = learner("rev-ada");
        long blank = submit(ada, MiniCurriculum.A, " ");
        assertThat(ltt.use().showTask.show(ada, MiniCurriculum.A).status()).isEqualTo("in_progress");

        ReviewSubmission.Reviewed r = ltt.use()
                .reviewSubmission
                .review(
                        ada,
                        blank,
                        new ReviewSubmission.Command(true, 0.8, "The idea is right; write it down next time."),
                        INES);
        assertThat(r.status()).isEqualTo("closed");
        assertThat(r.validation())
                .extracting(Validation::passed, Validation::grade, Validation::validator)
                .containsExactly(true, 0.8, "instructor_review");
        assertThat(r.reviewedBy()).isEqualTo(INES);
        assertThat(r.readyTasks()).extracting(ReadyTask::id).contains(MiniCurriculum.B);

        Event last = ltt.use().listEvents.list(ada, MiniCurriculum.A, 1).get(0);
        assertThat(last.actor()).isEqualTo(INES);
        assertThat(last.reason()).contains("instructor review of attempt 1", "passed", "0.80");
        AgentContext.Attempt attempt = ltt.use()
                .getContext
                .context(ada, MiniCurriculum.A)
                .recentAttempts()
                .get(0);
        assertThat(attempt)
                .extracting(
                        AgentContext.Attempt::passed, AgentContext.Attempt::validator, AgentContext.Attempt::feedback)
                .containsExactly(true, "instructor_review", "The idea is right; write it down next time.");
        assertThat(ltt.use().listSubmissions.list(ada, MiniCurriculum.A, 10))
                .as("one row per submission")
                .hasSize(1);
    }

    @Test
    void a_failing_review_of_a_passed_task_puts_it_back_in_progress_and_reopens_closed_parents() {
        String bea = learner("rev-bea");
        long a = submit(bea, MiniCurriculum.A, "a");
        submit(bea, MiniCurriculum.B, "b");
        ltt.use().completeTask.complete(bea, MiniCurriculum.TALK, null, bea);
        assertThat(ltt.use().showTask.show(bea, MiniCurriculum.ALPHA_ONE).status())
                .isEqualTo("closed");

        ReviewSubmission.Reviewed r = ltt.use()
                .reviewSubmission
                .review(
                        bea,
                        a,
                        new ReviewSubmission.Command(false, null, "Copied from the example: explain it in your words."),
                        INES);
        assertThat(r.status()).isEqualTo("in_progress");
        assertThat(r.validation().grade()).isZero();
        assertThat(r.reopened()).contains(MiniCurriculum.ALPHA_ONE, MiniCurriculum.ALPHA);
        assertThat(ltt.use()
                        .showTask
                        .show(bea, MiniCurriculum.A)
                        .latestValidation()
                        .validator())
                .isEqualTo("instructor_review");

        ReviewSubmission.Reviewed again = ltt.use()
                .reviewSubmission
                .review(bea, a, new ReviewSubmission.Command(false, 0.2, "Still copied."), INES);
        assertThat(again.status()).isEqualTo("in_progress");
        assertThat(ltt.use().listEvents.list(bea, MiniCurriculum.A, 1).get(0).reason())
                .contains("not passed", "0.20");
    }

    @Test
    void a_bad_review_says_every_problem_and_changes_nothing() {
        String cyd = learner("rev-cyd");
        long s = submit(cyd, MiniCurriculum.A, " ");
        int events = ltt.use().listEvents.list(cyd, null, 100).size();
        assertThatThrownBy(() ->
                        ltt.use().reviewSubmission.review(cyd, s, new ReviewSubmission.Command(null, 1.5, " "), INES))
                .isInstanceOfSatisfying(
                        InvalidInputException.class,
                        e -> assertThat(e.errors())
                                .extracting(FieldError::path)
                                .containsExactlyInAnyOrder("passed", "grade", "feedback"));
        assertThatThrownBy(() -> ltt.use()
                        .reviewSubmission
                        .review(cyd, s + 1000, new ReviewSubmission.Command(true, null, "ok"), INES))
                .isInstanceOf(NotFoundException.class);
        String other = learner("rev-other");
        assertThatThrownBy(() -> ltt.use()
                        .reviewSubmission
                        .review(other, s, new ReviewSubmission.Command(true, null, "ok"), INES))
                .as("another learner's submission id")
                .isInstanceOf(NotFoundException.class);
        assertThat(ltt.use().listEvents.list(cyd, null, 100)).hasSize(events);
        assertThat(ltt.use().showTask.show(cyd, MiniCurriculum.A).status()).isEqualTo("in_progress");
    }

    @Test
    void a_help_request_may_name_the_submission_it_is_about_and_the_queue_shows_it() {
        String dan = learner("rev-dan");
        long s = submit(dan, MiniCurriculum.A, " ");
        ltt.use().requestHelp.request(dan, MiniCurriculum.A, "Why did this fail?", s, dan);
        QueuedHelpRequest queued = ltt.use().helpQueue.open(MiniCurriculum.SLUG, 100, 0).stream()
                .filter(q -> q.learnerId().equals(dan))
                .findFirst()
                .orElseThrow();
        assertThat(queued.submissionId()).isEqualTo(s);
        assertThatThrownBy(() -> ltt.use().requestHelp.request(dan, MiniCurriculum.TALK, "x", s, dan))
                .as("a submission of another task")
                .isInstanceOfSatisfying(
                        InvalidInputException.class,
                        e -> assertThat(e.errors()).extracting(FieldError::path).containsExactly("submission_id"));
    }
}
