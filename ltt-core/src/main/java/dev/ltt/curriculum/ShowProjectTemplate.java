package dev.ltt.curriculum;

import dev.ltt.error.NotFoundException;
import dev.ltt.template.ProjectSnapshot;
import dev.ltt.template.SnapshotCache;
import dev.ltt.template.TemplateStore;
import java.util.Arrays;
import java.util.List;
import java.util.OptionalInt;
import org.jdbi.v3.core.Jdbi;

/** A project version's template tree (the latest version unless one is named); learner-independent. */
public final class ShowProjectTemplate {
    private final Jdbi jdbi;
    private final TemplateStore templates;
    private final SnapshotCache snapshots;

    public ShowProjectTemplate(Jdbi jdbi, TemplateStore templates, SnapshotCache snapshots) {
        this.jdbi = jdbi;
        this.templates = templates;
        this.snapshots = snapshots;
    }

    public ProjectTemplate show(String slug, OptionalInt version) {
        ProjectSnapshot snapshot = jdbi.inTransaction(h -> {
            Long pk = (version.isPresent()
                            ? templates.findProject(h, slug, version.getAsInt()).map(p -> p.pk())
                            : templates.latestVersionPk(h, slug))
                    .orElseThrow(() -> new NotFoundException(
                            "no project " + slug + (version.isPresent() ? " version " + version.getAsInt() : "")
                                    + ": list the projects to find it"));
            return snapshots.get(h, pk);
        });
        var p = snapshot.project();
        return new ProjectTemplate(
                new ProjectTemplate.ProjectInfo(
                        p.slug(),
                        p.version(),
                        p.title(),
                        snapshot.root().task().fields().description(),
                        p.workspaceType(),
                        p.taskCount(),
                        p.leafCount()),
                children(snapshot, snapshot.root()));
    }

    private static List<ProjectTemplate.Node> children(ProjectSnapshot snapshot, ProjectSnapshot.Node node) {
        return Arrays.stream(node.children())
                .mapToObj(snapshot::node)
                .map(child -> new ProjectTemplate.Node(
                        child.id(),
                        child.title(),
                        child.task().type().dbName(),
                        child.priority(),
                        child.requiresSubmission(),
                        child.task().fields().estimatedMinutes(),
                        Arrays.stream(child.prerequisites())
                                .mapToObj(i -> snapshot.node(i).id())
                                .toList(),
                        children(snapshot, child)))
                .toList();
    }
}
