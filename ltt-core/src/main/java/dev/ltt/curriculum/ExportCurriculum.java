package dev.ltt.curriculum;

import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.ltt.error.NotFoundException;
import dev.ltt.template.CurriculumExporter;
import dev.ltt.template.ProjectVersion;
import dev.ltt.template.TemplateStore;
import java.util.OptionalInt;
import org.jdbi.v3.core.Jdbi;

/** Writes a project version (the latest when none is named) back as a curriculum document. */
public final class ExportCurriculum {
    private final Jdbi jdbi;
    private final TemplateStore store;
    private final CurriculumExporter exporter = new CurriculumExporter();

    public ExportCurriculum(Jdbi jdbi, TemplateStore store) {
        this.jdbi = jdbi;
        this.store = store;
    }

    public ObjectNode export(String slug, OptionalInt version) {
        return jdbi.inTransaction(h -> {
            ProjectVersion project = (version.isPresent()
                            ? store.findProject(h, slug, version.getAsInt())
                            : store.latestProject(h, slug))
                    .orElseThrow(() -> new NotFoundException("no project " + slug
                            + (version.isPresent() ? " version " + version.getAsInt() : "")
                            + ": list the projects with 'ltt projects'"));
            return exporter.export(
                    project,
                    store.tasks(h, project.pk()),
                    store.dependencies(h, project.pk()),
                    store.objectives(h, project.pk()));
        });
    }
}
