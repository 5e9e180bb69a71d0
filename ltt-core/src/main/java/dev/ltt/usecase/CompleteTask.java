package dev.ltt.usecase;

import dev.ltt.error.InvalidStateException;
import dev.ltt.instance.LearnerState;
import dev.ltt.instance.Status;
import dev.ltt.instance.TaskState;
import dev.ltt.template.ProjectSnapshot.Node;
import org.jdbi.v3.core.Jdbi;

import java.util.Arrays;
import java.util.List;

/**
 * Closes a task that needs no submission (a conversational subtask, a leaf with
 * {@code requires_submission: false}, or a container whose children are all closed), and every ancestor
 * that closes with it. The task closed here gets a generated progress note, and so does each ancestor closing with it.
 */
public final class CompleteTask {
    private final Jdbi jdbi;
    private final ProjectAccess access;
    private final ClosingNotes closingNotes;

    CompleteTask(Jdbi jdbi, ProjectAccess access, ClosingNotes closingNotes) {
        this.jdbi = jdbi;
        this.access = access;
        this.closingNotes = closingNotes;
    }

    public TaskStatus complete(String learnerId, String taskId, String reason, String actor) {
        Guards.actor(actor);
        String why = Guards.optionalReason(reason);
        return jdbi.inTransaction(h -> {
            ProjectAccess.WriteTarget target = access.writeTask(h, learnerId, taskId);
            LearnerState state = target.state();
            Node node = target.node();
            TaskState current = state.state(node);
            Guards.requireWorkable(current, state.snapshot());
            if (node.requiresSubmission()) {
                throw new InvalidStateException("task " + taskId + " closes through a passing submission: submit the "
                        + "learner's work instead");
            }
            List<String> open = Arrays.stream(node.children()).mapToObj(state.snapshot()::node)
                    .filter(child -> state.stored(child) != Status.CLOSED).map(Node::id).toList();
            if (!open.isEmpty()) {
                throw new InvalidStateException("task " + taskId + " closes when all its children are closed; still "
                        + "open: " + String.join(", ", open));
            }
            List<String> autoClosed = state.close(node, actor, why == null ? "completed" : why);
            closingNotes.completed(h, learnerId, taskId, why);
            closingNotes.closedWith(h, learnerId, autoClosed, taskId);
            List<ReadyTask> next = state.view().ready(false).stream().limit(SubmitWork.NEXT_READY).map(ReadyTask::of)
                    .toList();
            return new TaskStatus(taskId, Status.CLOSED.key(), autoClosed, List.of(), next);
        });
    }
}
