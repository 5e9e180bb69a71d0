package dev.ltt.usecase;

import dev.ltt.error.FieldError;
import dev.ltt.error.InvalidInputException;
import dev.ltt.error.NotFoundException;
import dev.ltt.instance.EventStore;
import dev.ltt.instance.LearnerState;
import dev.ltt.instance.Status;
import dev.ltt.instance.StoredSubmission;
import dev.ltt.instance.SubmissionStore;
import dev.ltt.template.ProjectSnapshot.Node;
import org.jdbi.v3.core.Jdbi;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * An instructor (or admin) grades a learner's submission by hand: a validation like any other (passed, grade
 * 0..1, feedback; validator {@value #VALIDATOR}), and, being the latest, it decides. Passed closes the task
 * (and ancestors whose children are now all closed); failed keeps the task in progress, or puts a closed one
 * back in progress. The review is in the learner's events either way.
 */
public final class ReviewSubmission {
    public static final String VALIDATOR = "instructor_review";
    public static final int MAX_FEEDBACK = 10_000;
    private final Jdbi jdbi;
    private final ProjectAccess access;
    private final SubmissionStore submissions;
    private final EventStore events;

    ReviewSubmission(Jdbi jdbi, ProjectAccess access, SubmissionStore submissions, EventStore events) {
        this.jdbi = jdbi;
        this.access = access;
        this.submissions = submissions;
        this.events = events;
    }

    /** The judgement: {@code grade} defaults to 1 when passed and 0 when not. */
    public record Command(Boolean passed, Double grade, String feedback) {
    }

    /** What the review did: the validation recorded and the task's status afterwards. */
    public record Reviewed(long submissionId, String taskId, int attemptNumber, Validation validation, String status,
                           List<String> autoClosed, List<String> reopened, List<ReadyTask> readyTasks) {
    }

    public record Validation(boolean passed, double grade, String feedback, String validator, String reviewedBy) {
    }

    public Reviewed review(String learnerId, long submissionId, Command command, String reviewer) {
        Guards.actor(reviewer);
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
        return jdbi.inTransaction(h -> {
            StoredSubmission submission = submissions.find(h, learnerId, submissionId).orElseThrow(() ->
                    new NotFoundException("no submission " + submissionId + " of learner " + learnerId
                            + ": list the learner's submissions on the task for their ids"));
            ProjectAccess.WriteTarget target = access.writeTask(h, learnerId, submission.taskId());
            LearnerState state = target.state();
            Node node = target.node();
            submissions.insertValidation(h, learnerId, submissionId, node.id(), passed, grade, feedback, VALIDATOR);
            String reason = String.format(Locale.ROOT, "instructor review of attempt %d: %s, grade %.2f",
                    submission.attemptNumber(), passed ? "passed" : "not passed", grade);
            Status before = state.state(node).status();
            List<String> autoClosed = List.of(), reopened = List.of();
            if (passed && before != Status.CLOSED) {
                autoClosed = state.close(node, reviewer, reason);
            } else if (!passed && before == Status.CLOSED) {
                reopened = state.reopen(node, reviewer, reason);
                state.start(node, reviewer);
            } else if (!passed && before == Status.OPEN) {
                state.start(node, reviewer);
            } else {
                events.append(h, learnerId, node.id(), before, before, reviewer, reason);
            }
            List<ReadyTask> next = state.view().ready(false).stream().limit(SubmitWork.NEXT_READY)
                    .map(ReadyTask::of).toList();
            return new Reviewed(submissionId, node.id(), submission.attemptNumber(),
                    new Validation(passed, grade, feedback, VALIDATOR, reviewer), state.state(node).status().key(),
                    autoClosed, reopened, next);
        });
    }
}
