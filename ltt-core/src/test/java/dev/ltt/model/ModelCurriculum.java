package dev.ltt.model;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.ltt.json.Json;
import java.util.ArrayList;
import java.util.List;

/**
 * A random curriculum for the model test, built from a shape (children per node) and dependency picks.
 * Dependencies only point from a node to an earlier node (document order) that is not its ancestor, which
 * can never deadlock. Node 0 is the project; ids follow the ingestion rule (slug@v1.i.j...).
 */
record ModelCurriculum(String slug, List<ModelNode> nodes, ObjectNode document) {

    /** One node as the model sees it. */
    record ModelNode(
            int index,
            String id,
            String title,
            int parent,
            List<Integer> children,
            List<Integer> blocks,
            boolean conversational,
            int depth) {
        boolean isLeaf() {
            return children.isEmpty();
        }
    }

    static ModelCurriculum build(
            String slug, List<Integer> shape, List<int[]> dependencyPicks, List<Integer> conversational) {
        List<ModelNode> nodes = new ArrayList<>();
        ObjectNode root =
                Json.object().put("project_id", slug).put("version", 1).put("title", "Model " + slug);
        int[] cursor = {0};
        add(nodes, root, slug + "@v1", -1, 0, shape, cursor);
        for (int[] pick : dependencyPicks) addDependency(nodes, pick[0], pick[1]);
        for (int c : conversational) {
            ModelNode n = nodes.get(Math.floorMod(c, nodes.size()));
            if (n.isLeaf() && n.depth() > 0)
                nodes.set(
                        n.index(),
                        new ModelNode(
                                n.index(), n.id(), n.title(), n.parent(), n.children(), n.blocks(), true, n.depth()));
        }
        ModelCurriculum curriculum = new ModelCurriculum(slug, List.copyOf(nodes), root);
        curriculum.writeDependenciesAndTypes(root, 0);
        return curriculum;
    }

    private static int add(
            List<ModelNode> nodes,
            ObjectNode json,
            String id,
            int parent,
            int depth,
            List<Integer> shape,
            int[] cursor) {
        int index = nodes.size();
        String title = "node " + index;
        if (depth > 0) json.put("title", title);
        nodes.add(new ModelNode(
                index,
                id,
                depth == 0 ? json.get("title").asText() : title,
                parent,
                new ArrayList<>(),
                new ArrayList<>(),
                false,
                depth));
        int childCount = depth == 0 ? Math.max(1, next(shape, cursor) % 4) : depth >= 4 ? 0 : next(shape, cursor) % 4;
        if (childCount == 0) return index;
        String key = depth == 0 ? "epics" : depth == 1 ? "tasks" : "subtasks";
        ArrayNode list = json.putArray(key);
        for (int i = 0; i < childCount; i++) {
            int child = add(nodes, list.addObject(), id + "." + (i + 1), index, depth + 1, shape, cursor);
            nodes.get(index).children().add(child);
        }
        return index;
    }

    private static int next(List<Integer> shape, int[] cursor) {
        return shape.isEmpty() ? 0 : Math.abs(shape.get(cursor[0]++ % shape.size()));
    }

    private static void addDependency(List<ModelNode> nodes, int fromPick, int toPick) {
        int from = 1 + Math.floorMod(fromPick, nodes.size() - 1);
        int to = 1 + Math.floorMod(toPick, Math.max(1, from - 1));
        if (to >= from
                || isAncestor(nodes, to, from)
                || nodes.get(from).blocks().contains(to)) return;
        nodes.get(from).blocks().add(to);
    }

    static boolean isAncestor(List<ModelNode> nodes, int candidate, int of) {
        for (int p = nodes.get(of).parent(); p >= 0; p = nodes.get(p).parent()) if (p == candidate) return true;
        return false;
    }

    private void writeDependenciesAndTypes(ObjectNode json, int index) {
        ModelNode node = nodes.get(index);
        if (!node.blocks().isEmpty()) {
            ArrayNode deps = json.putArray("dependencies");
            node.blocks().forEach(d -> deps.add(nodes.get(d).title()));
        }
        if (node.conversational()) json.put("subtask_type", "conversational");
        String key = node.depth() == 0 ? "epics" : node.depth() == 1 ? "tasks" : "subtasks";
        for (int i = 0; i < node.children().size(); i++) {
            writeDependenciesAndTypes(
                    (ObjectNode) json.get(key).get(i), node.children().get(i));
        }
    }
}
