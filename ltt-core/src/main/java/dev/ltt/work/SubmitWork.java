package dev.ltt.work;

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
import dev.ltt.json.StorableJson;
import dev.ltt.progress.ReadyTask;
import dev.ltt.template.ProjectSnapshot;
import dev.ltt.template.ProjectSnapshot.Node;
import dev.ltt.usecase.ClosingNotes;
import dev.ltt.usecase.Guards;
import dev.ltt.usecase.LearnerWrites;
import dev.ltt.usecase.ProjectAccess;
import dev.ltt.validation.ValidatorRegistry;
import dev.ltt.validation.Verdict;
import dev.ltt.workspace.StoredLearnerCopy;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;
import org.jdbi.v3.core.Handle;
import org.jdbi.v3.core.Jdbi;

/**
 * Submits a learner's work on a leaf (ADR-002). First validates it with the task's validators against the
 * version's immutable snapshot, outside any transaction and without the learner's lock; then, in one
 * learner-scoped unit of work, re-checks the task is still workable, starts it if it was open, stores the
 * submission with the next attempt number and its verdict, and on a pass closes the leaf and every ancestor
 * that closes with it, writing a generated progress note. SQL runs on the learner's own copy of the project's
 * dataset (read before the unit), and what it changed is kept in the unit, so the copy changes exactly when the
 * submission is recorded; a copy that changed meanwhile is refused (CONFLICT) rather than overwritten.
 */
public final class SubmitWork {
    public static final int MAX_CONTENT = 200_000;
    public static final int MAX_RESULT = 200_000;
    /** What a submission type must look like (anchored by {@code matches}). */
    public static final String TYPE_PATTERN = "^[a-z][a-z0-9_]{0,39}$";

    private static final Pattern TYPE = Pattern.compile(TYPE_PATTERN);

    private final Jdbi jdbi;
    private final ProjectAccess access;
    private final LearnerWrites writes;
    private final SubmissionStore submissions;
    private final ValidatorRegistry validators;
    private final ClosingNotes closingNotes;
    private final LearnerDatabaseStore learnerDatabases;

    public SubmitWork(
            Jdbi jdbi,
            ProjectAccess access,
            LearnerWrites writes,
            SubmissionStore submissions,
            ValidatorRegistry validators,
            ClosingNotes closingNotes,
            LearnerDatabaseStore learnerDatabases) {
        this.jdbi = jdbi;
        this.access = access;
        this.writes = writes;
        this.submissions = submissions;
        this.validators = validators;
        this.closingNotes = closingNotes;
        this.learnerDatabases = learnerDatabases;
    }

    /** The work handed in: {@code content} is required; {@code submissionType} defaults to "text". */
    public record Command(String content, String submissionType, JsonNode result) {}

    public SubmissionResult submit(String learnerId, String taskId, Command command, String actor) {
        Guards.actor(actor);
        String type = checked(command);
        String resultJson = command.result() == null || command.result().isNull() ? null : Json.write(command.result());
        // A check that is a few comparisons of strings (most tasks) runs inside the learner's unit of work: one
        // transaction, nothing read before it. Any other check (SQL, a regex with its time limit) runs first,
        // against the version's immutable snapshot, holding neither the learner's lock nor a connection: it may
        // take seconds, and must not hold up this learner's reads or anyone else.
        boolean instant = access.cachedNode(taskId)
                .map(node -> validators.instant(node.task().fields().extra()))
                .orElse(false);
        if (instant) {
            return writes.onTask(learnerId, taskId, actor, u -> {
                workable(u.node(), u.current(), u.snapshot());
                String slug = u.snapshot().project().slug();
                StoredLearnerCopy copy = new StoredLearnerCopy(u.handle(), learnerDatabases, learnerId, slug);
                return record(u, validate(u.node(), command, type, slug, copy), type, command, resultJson, copy);
            });
        }
        ProjectAccess.ReadTarget target = jdbi.withHandle(h -> access.readTask(h, learnerId, taskId));
        workable(
                target.node(), target.view().state(target.node()), target.view().snapshot());
        String slug = target.view().snapshot().project().slug();
        StoredLearnerCopy copy = StoredLearnerCopy.beforeRecording(jdbi, learnerDatabases, learnerId, slug);
        Verdict verdict = validate(target.node(), command, type, slug, copy);
        return writes.onTask(learnerId, taskId, actor, u -> {
            // the task may have changed while the check ran: it must still be workable to record the attempt
            Guards.requireWorkable(u.current(), u.snapshot());
            return record(u, verdict, type, command, resultJson, copy);
        });
    }

    private Verdict validate(Node node, Command command, String type, String slug, StoredLearnerCopy copy) {
        return validators.validate(
                node.task().fields().extra(),
                new dev.ltt.validation.Submission(command.content(), type, command.result(), slug, copy));
    }

    /** Stores the attempt and its verdict, starting the task if it was open and closing it (and up) on a pass. */
    private SubmissionResult record(
            LearnerWrites.Unit u,
            Verdict verdict,
            String type,
            Command command,
            String resultJson,
            StoredLearnerCopy copy) {
        LearnerState state = u.state();
        Handle h = u.handle();
        String actor = u.actor();
        if (u.current().status() == Status.OPEN) state.start(u.node(), actor);
        int attempt = u.attempts() + 1; // read under the learner's lock: gapless
        long[] submissionId = {0};
        submissions.record(
                state.trip(),
                u.learnerId(),
                u.taskId(),
                attempt,
                new SubmissionStore.Attempt(
                        type,
                        command.content(),
                        resultJson,
                        verdict.passed(),
                        verdict.grade(),
                        verdict.feedback(),
                        verdict.validator()),
                id -> submissionId[0] = id);
        copy.keep(h, verdict.learnerDatabase()); // the learner's database changes exactly when this commits
        List<String> autoClosed = List.of();
        if (verdict.passed()) {
            autoClosed = state.close(u.node(), actor, "passed validation on attempt " + attempt);
            closingNotes.passed(
                    state, u.learnerId(), u.taskId(), attempt, verdict.grade(), verdict.feedback(), autoClosed);
        }
        state.flush(); // the submission, its validation, the notes and the state changes: one round trip
        List<ReadyTask> next = state.view().readyLeaves(ReadyTask.NEXT).stream()
                .map(ReadyTask::of)
                .toList();
        return new SubmissionResult(
                submissionId[0],
                attempt,
                Validation.of(verdict),
                u.current().status().key(),
                autoClosed,
                next);
    }

    /** The leaf to validate, refused before any check runs when it has subtasks or cannot be worked on now. */
    private static void workable(Node node, TaskState state, ProjectSnapshot snapshot) {
        if (!node.isLeaf()) {
            throw new InvalidStateException("task " + node.id() + " has subtasks: it closes when they do; submit "
                    + "work on one of its subtasks instead");
        }
        Guards.requireWorkable(state, snapshot);
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
        // PostgreSQL stores no NUL character (and no lone surrogate is text): refused here, not a failed insert
        if (command.content() != null) {
            StorableJson.problem(command.content())
                    .ifPresent(m -> errors.add(new FieldError("content", "content " + m)));
        }
        if (command.result() != null) errors.addAll(StorableJson.problems(command.result(), "result"));
        if (!errors.isEmpty()) throw new InvalidInputException("the submission cannot be accepted as given", errors);
        return type;
    }
}
