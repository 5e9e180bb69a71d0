package dev.ltt.template;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.ltt.json.Json;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Writes a stored project version back as a curriculum document: every field and unknown key it was
 * ingested with, dependencies by title. Ingesting the result again gives the same tree.
 */
public final class CurriculumExporter {

    public ObjectNode export(
            ProjectVersion project, List<Task> tasks, List<Dependency> dependencies, List<StoredObjective> objectives) {
        Map<String, Task> byId = new HashMap<>();
        Map<String, List<Task>> children = new HashMap<>();
        Task root = null;
        for (Task t : tasks) {
            byId.put(t.id(), t);
            if (t.isRoot()) root = t;
            else children.computeIfAbsent(t.parentId(), k -> new ArrayList<>()).add(t);
        }
        if (root == null) throw new IllegalStateException("project " + project.slug() + " has no root node");
        Map<String, List<Dependency>> depsByTask = new HashMap<>();
        dependencies.forEach(d ->
                depsByTask.computeIfAbsent(d.taskId(), k -> new ArrayList<>()).add(d));
        Map<String, List<StoredObjective>> objectivesByTask = new HashMap<>();
        objectives.forEach(o -> objectivesByTask
                .computeIfAbsent(o.taskId(), k -> new ArrayList<>())
                .add(o));

        ObjectNode doc = Json.object();
        doc.put("title", root.title());
        doc.put("project_id", project.slug());
        doc.put("version", project.version());
        putIfPresent(doc, "narrative_context", project.narrativeContext());
        putIfPresent(doc, "workspace_type", project.workspaceType());
        new Writer(byId, children, depsByTask, objectivesByTask).fill(doc, root);
        return doc;
    }

    private record Writer(
            Map<String, Task> byId,
            Map<String, List<Task>> children,
            Map<String, List<Dependency>> dependencies,
            Map<String, List<StoredObjective>> objectives) {

        void fill(ObjectNode out, Task task) {
            NodeFields f = task.fields();
            if (!out.has("title")) out.put("title", f.title());
            putIfPresent(out, "description", f.description());
            putIfPresent(out, "subtask_type", f.subtaskType());
            if (f.priority() != null) out.put("priority", f.priority());
            if (f.estimatedMinutes() != null) out.put("estimated_minutes", f.estimatedMinutes());
            if (f.requiresSubmission() != null) out.put("requires_submission", f.requiresSubmission());
            putIfPresent(out, "acceptance_criteria", f.acceptanceCriteria());
            putIfPresent(out, "content", f.content());
            if (f.tutorGuidance() != null) out.set("tutor_guidance", f.tutorGuidance());
            List<StoredObjective> goals = objectives.getOrDefault(task.id(), List.of());
            if (!goals.isEmpty()) out.set("learning_objectives", objectivesOf(goals));
            List<Dependency> deps = dependencies.getOrDefault(task.id(), List.of());
            if (!deps.isEmpty()) out.set("dependencies", dependenciesOf(deps));
            out.setAll(f.extra());
            List<Task> kids = children.getOrDefault(task.id(), List.of());
            if (!kids.isEmpty()) {
                ArrayNode list = out.putArray(task.type().childrenKey());
                for (Task child : kids) fill(list.addObject(), child);
            }
        }

        private ArrayNode objectivesOf(List<StoredObjective> goals) {
            ArrayNode list = Json.MAPPER.createArrayNode();
            for (StoredObjective o : goals) {
                ObjectNode item = list.addObject();
                item.put("level", o.objective().level().key());
                item.put("description", o.objective().description());
                item.setAll(o.objective().extra());
            }
            return list;
        }

        private ArrayNode dependenciesOf(List<Dependency> deps) {
            ArrayNode list = Json.MAPPER.createArrayNode();
            for (Dependency d : deps) {
                String title = byId.get(d.dependsOnId()).title();
                if (d.type() == DependencyType.BLOCKS) list.add(title);
                else list.addObject().put("title", title).put("type", d.type().key());
            }
            return list;
        }
    }

    private static void putIfPresent(ObjectNode node, String key, String value) {
        if (value != null) node.put(key, value);
    }
}
