package dev.ltt.workspace;

import dev.ltt.instance.LearnerDatabaseStore;
import dev.ltt.instance.LearnerStore;
import dev.ltt.template.TemplateStore;
import dev.ltt.validation.SqlConsole;
import dev.ltt.validation.SqlDatasets;
import org.jdbi.v3.core.Jdbi;

/** The workspace's use-cases wired with {@code new}, over the datasets the validators use. Thread-safe. */
public final class WorkspaceUseCases {
    public final RunSql runSql;
    public final ResetWorkspace resetWorkspace;
    public final ShowWorkspace showWorkspace;

    public WorkspaceUseCases(Jdbi jdbi, SqlDatasets datasets, LearnerDatabaseStore databases) {
        WorkspaceAccess access = new WorkspaceAccess(new LearnerStore(), new TemplateStore(), new SqlConsole(datasets));
        this.runSql = new RunSql(jdbi, access, databases);
        this.resetWorkspace = new ResetWorkspace(jdbi, access, databases);
        this.showWorkspace = new ShowWorkspace(jdbi, access, databases);
    }
}
