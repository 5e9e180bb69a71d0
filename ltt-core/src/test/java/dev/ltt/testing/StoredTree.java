package dev.ltt.testing;

import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.ltt.Ltt;
import dev.ltt.template.DependencyType;
import dev.ltt.template.NodeFields;
import dev.ltt.template.ProjectVersion;
import dev.ltt.template.Task;
import dev.ltt.template.TaskType;
import dev.ltt.template.TemplateStore;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * One stored project version read back from the database, with every task id made relative to the project's
 * root id ({@code ""} for the root, {@code ".2.1"} below it), so two versions of one curriculum compare equal
 * exactly when their trees are the same: nodes, types, order, every field, dependencies and objectives.
 */
public record StoredTree(Project project, List<Node> nodes, List<Edge> dependencies, List<Objective> objectives) {

    public record Project(String title, String narrativeContext, String workspaceType) {}

    public record Node(String id, String parentId, TaskType type, List<Integer> sortPath, NodeFields fields) {}

    /** A dependency by relative ids, with the target's title (what the document names). */
    public record Edge(String from, String to, String toTitle, DependencyType type, int position) {}

    public record Objective(String taskId, int position, String level, String description, ObjectNode extra) {}

    public static StoredTree load(Ltt ltt, String slug, int version) {
        TemplateStore store = new TemplateStore();
        return ltt.database().jdbi().inTransaction(h -> {
            ProjectVersion p = store.findProject(h, slug, version)
                    .orElseThrow(() -> new AssertionError("no stored project " + slug + " v" + version));
            String root = p.rootTaskId();
            List<Task> tasks = store.tasks(h, p.pk());
            Map<String, String> titles = new HashMap<>();
            tasks.forEach(t -> titles.put(t.id(), t.title()));
            List<Node> nodes = tasks.stream()
                    .map(t -> new Node(
                            relative(root, t.id()),
                            t.parentId() == null ? null : relative(root, t.parentId()),
                            t.type(),
                            Arrays.stream(t.sortPath()).boxed().toList(),
                            t.fields()))
                    .toList();
            List<Edge> edges = store.dependencies(h, p.pk()).stream()
                    .map(d -> new Edge(
                            relative(root, d.taskId()),
                            relative(root, d.dependsOnId()),
                            titles.get(d.dependsOnId()),
                            d.type(),
                            d.position()))
                    .toList();
            List<Objective> objectives = store.objectives(h, p.pk()).stream()
                    .map(o -> new Objective(
                            relative(root, o.taskId()),
                            o.position(),
                            o.objective().level().key(),
                            o.objective().description(),
                            o.objective().extra()))
                    .toList();
            return new StoredTree(
                    new Project(p.title(), p.narrativeContext(), p.workspaceType()), nodes, edges, objectives);
        });
    }

    private static String relative(String rootId, String taskId) {
        if (!taskId.startsWith(rootId)) throw new AssertionError(taskId + " is not under " + rootId);
        return taskId.substring(rootId.length());
    }
}
