package dev.ltt.work;

import dev.ltt.error.FieldError;
import dev.ltt.error.InvalidInputException;
import dev.ltt.error.NotFoundException;
import dev.ltt.instance.EventStore;
import dev.ltt.instance.LearnerState;
import dev.ltt.instance.Status;
import dev.ltt.instance.StoredSubmission;
import dev.ltt.instance.SubmissionStore;
import dev.ltt.progress.ReadyTask;
import dev.ltt.template.ProjectSnapshot.Node;
import dev.ltt.usecase.LearnerWrites;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.jdbi.v3.core.Handle;
import org.jdbi.v3.core.Jdbi;

/**
 * An instructor (or admin) grades a learner's submission by hand: a validation like any other (passed, grade
 * 0..1, feedback; validator {@value #VALIDATOR}), and, being the latest, it decides. Passed closes the task
 * (and ancestors whose children are now all closed); failed keeps the task in progress, or puts a closed one
 * back in progress. The review is in the learner's events either way, with the reviewer as the actor.
 */
public final class ReviewSubmission {
    public static final String VALIDATOR = "instructor_review";
    public static final int MAX_FEEDBACK = 10_000;
    private final Jdbi jdbi;
    private final LearnerWrites writes;
    private final SubmissionStore submissions;
    private final EventStore events;

    public ReviewSubmission(Jdbi jdbi, LearnerWrites writes, SubmissionStore submissions, EventStore events) {
        this.jdbi = jdbi;
        this.writes = writes;
        this.submissions = submissions;
        this.events = events;
    }

    /** The judgement: {@code grade} defaults to 1 when passed and 0 when not. */
    public record Command(Boolean passed, Double grade, String feedback) {}

    /** What the review did: the validation recorded (its validator and reviewer) and the task's status afterwards. */
    public record Reviewed(
            long submissionId,
            String taskId,
            int attemptNumber,
            Validation validation,
            String reviewedBy,
            String status,
            List<String> autoClosed,
            List<String> reopened,
            List<ReadyTask> readyTasks) {}

    public Reviewed review(String learnerId, long submissionId, Command command, String reviewer) {
        List<FieldError> errors = new ArrayList<>();
        if (command.passed() == null) errors.add(new FieldError("passed", "passed is required: true or false"));
        if (command.grade() != null && (command.grade().isNaN() || command.grade() < 0 || command.grade() > 1)) {
            errors.add(new FieldError("grade", "grade is a number from 0 to 1"));
        }
        String feedback = command.feedback() == null ? "" : command.feedback().strip();
        if (feedback.isEmpty()) errors.add(new FieldError("feedback", "write feedback the learner can act on"));
        if (feedback.length() > MAX_FEEDBACK) {
            errors.add(new FieldError("feedback", "feedback is limited to " + MAX_FEEDBACK + " characters"));
        }
        if (!errors.isEmpty()) throw new InvalidInputException("the review has problems", errors);
        boolean passed = command.passed();
        double grade = command.grade() != null ? command.grade() : passed ? 1.0 : 0.0;
        String taskId = jdbi.inTransaction(h -> find(h, learnerId, submissionId).taskId());
        return writes.onTask(learnerId, taskId, reviewer, u -> {
            StoredSubmission submission = find(u.handle(), learnerId, submissionId);
            LearnerState state = u.state();
            Node node = u.node();
            long validationId = submissions.insertValidation(
                    u.handle(), learnerId, submissionId, taskId, passed, grade, feedback, VALIDATOR);
            String reason = String.format(
                    Locale.ROOT,
                    "instructor review of attempt %d: %s, grade %.2f",
                    submission.attemptNumber(),
                    passed ? "passed" : "not passed",
                    grade);
            Status before = u.current().status();
            List<String> autoClosed = List.of(), reopened = List.of();
            if (passed && before != Status.CLOSED) {
                autoClosed = state.close(node, reviewer, reason);
            } else if (!passed && before == Status.CLOSED) {
                reopened = state.reopen(node, reviewer, reason);
                state.start(node, reviewer);
            } else if (!passed && before == Status.OPEN) {
                state.start(node, reviewer);
            } else {
                events.append(u.handle(), learnerId, taskId, before, before, reviewer, reason);
            }
            List<ReadyTask> next = state.view().readyLeaves(ReadyTask.NEXT).stream()
                    .map(ReadyTask::of)
                    .toList();
            return new Reviewed(
                    submissionId,
                    taskId,
                    submission.attemptNumber(),
                    new Validation(validationId, submissionId, passed, grade, feedback, VALIDATOR, null),
                    reviewer,
                    u.current().status().key(),
                    autoClosed,
                    reopened,
                    next);
        });
    }

    private StoredSubmission find(Handle h, String learnerId, long submissionId) {
        return submissions
                .find(h, learnerId, submissionId)
                .orElseThrow(() -> new NotFoundException("no submission " + submissionId + " of learner " + learnerId
                        + ": list the learner's submissions on the task for their ids"));
    }
}
