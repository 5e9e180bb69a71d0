package dev.ltt.usecase;

import dev.ltt.instance.LearnerState;
import dev.ltt.instance.TaskState;
import dev.ltt.template.ProjectSnapshot;
import dev.ltt.template.ProjectSnapshot.Node;
import org.jdbi.v3.core.Handle;
import org.jdbi.v3.core.Jdbi;

/**
 * The one way a use-case writes for a learner on a task: check the actor, open one transaction, lock the
 * learner's row (so one learner's concurrent writes apply one after another, on one server or several), find
 * the task and the learner's version, and hand the work the learner's state. Everything the work does commits
 * together or not at all. Slow work that needs no lock (validating a submission) is done before, never inside.
 */
public final class LearnerWrites {
    private final Jdbi jdbi;
    private final ProjectAccess access;

    public LearnerWrites(Jdbi jdbi, ProjectAccess access) {
        this.jdbi = jdbi;
        this.access = access;
    }

    /**
     * What a write sees: the open transaction, the locked learner's state, the task and how many attempts the
     * learner has submitted on it, who acts. State changes are
     * written when the work returns; work that reads them back from the database first calls
     * {@code state().flush()}.
     */
    public record Unit(
            Handle handle, LearnerState state, Node node, int attempts, String learnerId, String taskId, String actor) {
        /** The task's state for this learner now, blockers and reason included. */
        public TaskState current() {
            return state.state(node);
        }

        public ProjectSnapshot snapshot() {
            return state.snapshot();
        }
    }

    /** The work of one write, run inside the unit. */
    @FunctionalInterface
    public interface Work<T> {
        T apply(Unit unit);
    }

    /** Runs {@code work} in one learner-scoped unit of work on {@code taskId}, and returns what it returns. */
    public <T> T onTask(String learnerId, String taskId, String actor, Work<T> work) {
        Guards.actor(actor);
        return jdbi.inTransaction(h -> {
            ProjectAccess.WriteTarget target = access.writeTask(h, learnerId, taskId);
            T result =
                    work.apply(new Unit(h, target.state(), target.node(), target.attempts(), learnerId, taskId, actor));
            target.state().flush(); // whatever the work left to send with its state changes: one round trip
            return result;
        });
    }
}
