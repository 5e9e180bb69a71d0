package dev.ltt.usecase;

import com.fasterxml.jackson.databind.JsonNode;
import dev.ltt.error.FieldError;
import dev.ltt.error.InvalidInputException;
import dev.ltt.error.InvalidStateException;
import dev.ltt.instance.LearnerDatabaseStore;
import dev.ltt.instance.LearnerState;
import dev.ltt.instance.Status;
import dev.ltt.instance.SubmissionStore;
import dev.ltt.instance.TaskState;
import dev.ltt.json.Json;
import dev.ltt.template.ProjectSnapshot.Node;
import dev.ltt.validation.Submission;
import dev.ltt.validation.ValidatorRegistry;
import dev.ltt.validation.Verdict;
import dev.ltt.workspace.StoredLearnerCopy;
import org.jdbi.v3.core.Jdbi;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

/**
 * Submits a learner's work on a leaf (ADR-002): starts it if it was open, stores the submission with the next
 * attempt number, validates it with the task's validators, and on a pass closes the leaf and every ancestor
 * that closes with it, writing a generated progress note. SQL runs on the learner's own copy of the project's
 * dataset, and what it changed is kept with the submission. All in one transaction under the learner's lock.
 */
public final class SubmitWork {
    public static final int MAX_CONTENT = 200_000;
    public static final int MAX_RESULT = 200_000;
    private static final Pattern TYPE = Pattern.compile("[a-z][a-z0-9_]{0,39}");
    static final int NEXT_READY = 5;

    private final Jdbi jdbi;
    private final ProjectAccess access;
    private final SubmissionStore submissions;
    private final ValidatorRegistry validators;
    private final ClosingNotes closingNotes;
    private final LearnerDatabaseStore learnerDatabases;

    SubmitWork(Jdbi jdbi, ProjectAccess access, SubmissionStore submissions, ValidatorRegistry validators,
               ClosingNotes closingNotes, LearnerDatabaseStore learnerDatabases) {
        this.jdbi = jdbi;
        this.access = access;
        this.submissions = submissions;
        this.validators = validators;
        this.closingNotes = closingNotes;
        this.learnerDatabases = learnerDatabases;
    }

    /** The work handed in: {@code content} is required; {@code submissionType} defaults to "text". */
    public record Command(String content, String submissionType, JsonNode result) {
    }

    public SubmissionResult submit(String learnerId, String taskId, Command command, String actor) {
        Guards.actor(actor);
        String type = checked(command);
        String resultJson = command.result() == null || command.result().isNull() ? null : Json.write(command.result());
        return jdbi.inTransaction(h -> {
            ProjectAccess.WriteTarget target = access.writeTask(h, learnerId, taskId);
            LearnerState state = target.state();
            Node node = target.node();
            if (!node.isLeaf()) {
                throw new InvalidStateException("task " + taskId + " has subtasks: it closes when they do; submit "
                        + "work on one of its subtasks instead");
            }
            TaskState current = state.state(node);
            Guards.requireWorkable(current, state.snapshot());
            if (current.status() == Status.OPEN) state.start(node, actor);

            int attempt = submissions.nextAttempt(h, learnerId, taskId);
            long submissionId = submissions.insert(h, learnerId, taskId, attempt, type, command.content(), resultJson);
            String slug = state.snapshot().project().slug();
            StoredLearnerCopy copy = new StoredLearnerCopy(h, learnerDatabases, learnerId, slug);
            Verdict verdict = validators.validate(node.task().fields().extra(),
                    new Submission(command.content(), type, command.result(), slug, copy));
            copy.keep(h, verdict.learnerDatabase());  // the learner's database changes exactly when this commits
            submissions.insertValidation(h, learnerId, submissionId, taskId, verdict.passed(), verdict.grade(),
                    verdict.feedback(), verdict.validator());
            List<String> autoClosed = List.of();
            if (verdict.passed()) {
                autoClosed = state.close(node, actor, "passed validation on attempt " + attempt);
                closingNotes.passed(h, learnerId, taskId, attempt, verdict.grade(), verdict.feedback());
            }
            List<ReadyTask> next = state.view().ready(false).stream().limit(NEXT_READY).map(ReadyTask::of).toList();
            return new SubmissionResult(submissionId, attempt,
                    new SubmissionResult.Validation(verdict.passed(), verdict.grade(), verdict.feedback(), verdict.validator()),
                    state.state(node).status().key(), autoClosed, next);
        });
    }

    private static String checked(Command command) {
        List<FieldError> errors = new ArrayList<>();
        if (command.content() == null) {
            errors.add(new FieldError("content", "content is required: the learner's answer, code or query"));
        } else if (command.content().length() > MAX_CONTENT) {
            errors.add(new FieldError("content", "content is limited to " + MAX_CONTENT + " characters"));
        }
        String type = command.submissionType() == null ? "text" : command.submissionType();
        if (!TYPE.matcher(type).matches()) {
            errors.add(new FieldError("submission_type", "use a short lower-case word such as text, code, sql"));
        }
        if (command.result() != null && Json.write(command.result()).length() > MAX_RESULT) {
            errors.add(new FieldError("result", "result is limited to " + MAX_RESULT + " characters of JSON"));
        }
        if (!errors.isEmpty()) throw new InvalidInputException("the submission cannot be accepted as given", errors);
        return type;
    }
}
