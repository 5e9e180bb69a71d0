package dev.ltt.work;

import dev.ltt.error.InvalidStateException;
import dev.ltt.instance.LearnerState;
import dev.ltt.instance.Status;
import dev.ltt.progress.ReadyTask;
import dev.ltt.template.ProjectSnapshot.Node;
import dev.ltt.usecase.ClosingNotes;
import dev.ltt.usecase.Guards;
import dev.ltt.usecase.LearnerWrites;
import java.util.Arrays;
import java.util.List;

/**
 * Closes a task that needs no submission (a conversational subtask, a leaf with
 * {@code requires_submission: false}, or a container whose children are all closed), and every ancestor
 * that closes with it. The task closed here gets a generated progress note, and so does each ancestor closing with it.
 */
public final class CompleteTask {
    private final LearnerWrites writes;
    private final ClosingNotes closingNotes;

    public CompleteTask(LearnerWrites writes, ClosingNotes closingNotes) {
        this.writes = writes;
        this.closingNotes = closingNotes;
    }

    public TaskStatus complete(String learnerId, String taskId, String reason, String actor) {
        String why = Guards.optionalReason(reason);
        return writes.onTask(learnerId, taskId, actor, u -> {
            LearnerState state = u.state();
            Node node = u.node();
            Guards.requireWorkable(u.current(), u.snapshot());
            if (node.requiresSubmission()) {
                throw new InvalidStateException("task " + taskId + " closes through a passing submission: submit the "
                        + "learner's work instead");
            }
            List<String> open = Arrays.stream(node.children())
                    .mapToObj(state.snapshot()::node)
                    .filter(child -> state.stored(child) != Status.CLOSED)
                    .map(Node::id)
                    .toList();
            if (!open.isEmpty()) {
                throw new InvalidStateException("task " + taskId + " closes when all its children are closed; still "
                        + "open: " + String.join(", ", open));
            }
            List<String> autoClosed = state.close(node, actor, why == null ? "completed" : why);
            closingNotes.completed(u.state(), learnerId, taskId, why, autoClosed);
            List<ReadyTask> next = state.view().readyLeaves(ReadyTask.NEXT).stream()
                    .map(ReadyTask::of)
                    .toList();
            return new TaskStatus(taskId, Status.CLOSED.key(), autoClosed, List.of(), next);
        });
    }
}
