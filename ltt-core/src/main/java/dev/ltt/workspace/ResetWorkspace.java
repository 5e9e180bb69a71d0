package dev.ltt.workspace;

import dev.ltt.instance.LearnerDatabaseStore;
import org.jdbi.v3.core.Jdbi;

/**
 * Throws away a learner's own copy of a project's dataset, so their next query or submission sees the dataset as
 * shipped. Under the learner's lock, in one transaction: a submission being recorded at the same time either
 * finishes first (and its changes are then reset) or sees the reset and is asked to submit again.
 */
public final class ResetWorkspace {
    private final Jdbi jdbi;
    private final WorkspaceAccess access;
    private final LearnerDatabaseStore databases;

    ResetWorkspace(Jdbi jdbi, WorkspaceAccess access, LearnerDatabaseStore databases) {
        this.jdbi = jdbi;
        this.access = access;
        this.databases = databases;
    }

    /** {@code hadCopy}: whether the learner had changed their database (false: it already was the original). */
    public record Result(String projectId, boolean hadCopy) {}

    public Result reset(String learnerId, String slug, String actor) {
        WorkspaceAccess.actor(actor);
        return jdbi.inTransaction(h -> {
            access.require(h, learnerId, slug, true);
            access.requireDataset(slug);
            return new Result(slug, databases.delete(h, learnerId, slug));
        });
    }
}
