package dev.ltt.template;

import java.util.ArrayList;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;

/** The rows a checked curriculum becomes: nodes with their ids in document order, objectives, dependencies. */
public record CurriculumPlan(List<Task> tasks, List<StoredObjective> objectives, List<Dependency> dependencies) {

    public static CurriculumPlan of(Curriculum curriculum, long projectPk) {
        List<Task> tasks = new ArrayList<>();
        List<StoredObjective> objectives = new ArrayList<>();
        Map<CurriculumNode, String> ids = new IdentityHashMap<>();
        addNode(
                curriculum.root(),
                TaskIds.root(curriculum.slug(), curriculum.version()),
                null,
                new int[0],
                projectPk,
                tasks,
                objectives,
                ids);
        List<Dependency> dependencies = curriculum.dependencies().stream()
                .map(d -> new Dependency(ids.get(d.from()), ids.get(d.to()), d.type(), d.position()))
                .toList();
        return new CurriculumPlan(List.copyOf(tasks), List.copyOf(objectives), dependencies);
    }

    public int leafCount() {
        java.util.Set<String> parents = new java.util.HashSet<>();
        tasks.forEach(t -> parents.add(t.parentId()));
        return (int) tasks.stream().filter(t -> !parents.contains(t.id())).count();
    }

    private static void addNode(
            CurriculumNode node,
            String id,
            String parentId,
            int[] sortPath,
            long projectPk,
            List<Task> tasks,
            List<StoredObjective> objectives,
            Map<CurriculumNode, String> ids) {
        ids.put(node, id);
        tasks.add(new Task(id, projectPk, parentId, node.type(), sortPath, node.fields()));
        for (int i = 0; i < node.objectives().size(); i++) {
            objectives.add(new StoredObjective(0, id, i, node.objectives().get(i)));
        }
        for (int i = 0; i < node.children().size(); i++) {
            int[] childPath = java.util.Arrays.copyOf(sortPath, sortPath.length + 1);
            childPath[sortPath.length] = i + 1;
            addNode(node.children().get(i), TaskIds.child(id, i + 1), id, childPath, projectPk, tasks, objectives, ids);
        }
    }
}
