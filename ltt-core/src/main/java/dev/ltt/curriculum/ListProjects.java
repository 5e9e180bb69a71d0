package dev.ltt.curriculum;

import dev.ltt.template.TemplateStore;
import java.util.List;
import org.jdbi.v3.core.Jdbi;

/** Lists the projects: the latest version of each, or every version. */
public final class ListProjects {
    private final Jdbi jdbi;
    private final TemplateStore store;

    public ListProjects(Jdbi jdbi, TemplateStore store) {
        this.jdbi = jdbi;
        this.store = store;
    }

    public List<ProjectListing> list(boolean allVersions) {
        return jdbi.inTransaction(h -> store.listProjects(h, allVersions).stream()
                .map(ProjectListing::of)
                .toList());
    }
}
