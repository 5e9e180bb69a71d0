package dev.ltt.workspace;

import dev.ltt.instance.LearnerDatabaseStore;
import java.util.Optional;
import org.jdbi.v3.core.Jdbi;

/** Whether a project has a SQL workspace and the state of the learner's copy, for the task page. One query. */
public final class ShowWorkspace {
    private final Jdbi jdbi;
    private final WorkspaceAccess access;
    private final LearnerDatabaseStore databases;

    ShowWorkspace(Jdbi jdbi, WorkspaceAccess access, LearnerDatabaseStore databases) {
        this.jdbi = jdbi;
        this.access = access;
        this.databases = databases;
    }

    /**
     * {@code sql}: the project has a dataset to run SQL on; {@code changed}: the learner has their own copy
     * ({@code version} submissions have changed it, {@code sizeBytes} large); otherwise the dataset as shipped.
     */
    public record Workspace(String projectId, boolean sql, boolean changed, long version, long sizeBytes) {}

    public Workspace show(String learnerId, String slug) {
        if (!access.hasDataset(slug)) return new Workspace(slug, false, false, 0, 0);
        Optional<long[]> copy = jdbi.withHandle(h -> databases.versionAndSize(h, learnerId, slug));
        return new Workspace(
                slug,
                true,
                copy.isPresent(),
                copy.map(c -> c[0]).orElse(0L),
                copy.map(c -> c[1]).orElse(0L));
    }
}
