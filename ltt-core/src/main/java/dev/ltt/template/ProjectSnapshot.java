package dev.ltt.template;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.IntStream;

/**
 * The immutable structure of one project version, held in memory: nodes in curriculum order with their
 * parents, children, blocking prerequisites (their own and inherited from ancestors), leaves and objectives.
 * A learner's view is computed from this and the learner's progress rows alone. Thread-safe (immutable).
 */
public final class ProjectSnapshot {
    private final ProjectVersion project;
    private final List<Node> nodes;
    private final Map<String, Integer> indexById;
    // the shape of the tree as flat arrays by node index, for the per-learner views that walk every node per call
    private final int[] parents;
    private final int[][] prerequisites;
    private final int[][] childrenOf;
    private final boolean[] leaves;
    private final int[] priorities;
    /** The root and the nodes with learning objectives: those whose completion the cohort views count. */
    private final int[] completionCounted;
    /** By node, the Bloom levels of its objectives as bits (1 << level ordinal). */
    private final int[] objectiveLevels;

    /** One node. {@code gate} holds the blocking prerequisites of the node and of all its ancestors. */
    public record Node(
            int index,
            Task task,
            int parent,
            int[] children,
            int[] prerequisites,
            int[] gate,
            int[] leaves,
            List<LearningObjective> objectives,
            List<Dependency> related) {

        public String id() {
            return task.id();
        }

        public String title() {
            return task.title();
        }

        public boolean isLeaf() {
            return children.length == 0;
        }

        public int priority() {
            return task.fields().effectivePriority();
        }

        /** Leaves close through a passing submission unless they say otherwise; containers never need one. */
        public boolean requiresSubmission() {
            return isLeaf() && task.fields().leafRequiresSubmission();
        }
    }

    public ProjectSnapshot(
            ProjectVersion project, List<Task> tasks, List<Dependency> dependencies, List<StoredObjective> objectives) {
        this.project = project;
        this.indexById = new HashMap<>();
        for (int i = 0; i < tasks.size(); i++) indexById.put(tasks.get(i).id(), i);
        int n = tasks.size();
        List<List<Integer>> children = new ArrayList<>();
        List<List<Integer>> prerequisites = new ArrayList<>();
        List<List<Dependency>> related = new ArrayList<>();
        List<List<LearningObjective>> goals = new ArrayList<>();
        for (int i = 0; i < n; i++) {
            children.add(new ArrayList<>());
            prerequisites.add(new ArrayList<>());
            related.add(new ArrayList<>());
            goals.add(new ArrayList<>());
        }
        int[] parent = new int[n];
        for (int i = 0; i < n; i++) {
            Task t = tasks.get(i);
            parent[i] = t.parentId() == null ? -1 : indexById.get(t.parentId());
            if (parent[i] >= 0) children.get(parent[i]).add(i);
        }
        for (Dependency d : dependencies) {
            int from = indexById.get(d.taskId());
            if (d.type() == DependencyType.BLOCKS) prerequisites.get(from).add(indexById.get(d.dependsOnId()));
            else related.get(from).add(d);
        }
        objectives.forEach(o -> goals.get(indexById.get(o.taskId())).add(o.objective()));

        Node[] built = new Node[n];
        int[][] leavesOf = leaves(n, children);
        for (int i = 0; i < n; i++) { // curriculum order: a parent is always built before its children
            int[] own = toArray(prerequisites.get(i));
            int[] gate = parent[i] < 0 ? own : union(built[parent[i]].gate(), own);
            built[i] = new Node(
                    i,
                    tasks.get(i),
                    parent[i],
                    toArray(children.get(i)),
                    own,
                    gate,
                    leavesOf[i],
                    List.copyOf(goals.get(i)),
                    List.copyOf(related.get(i)));
        }
        this.nodes = List.of(built);
        this.parents = parent;
        this.prerequisites = new int[n][];
        this.childrenOf = new int[n][];
        this.leaves = new boolean[n];
        this.priorities = new int[n];
        this.objectiveLevels = new int[n];
        for (int i = 0; i < n; i++) {
            this.prerequisites[i] = built[i].prerequisites();
            childrenOf[i] = built[i].children();
            leaves[i] = built[i].isLeaf();
            priorities[i] = built[i].priority();
            for (LearningObjective o : built[i].objectives())
                objectiveLevels[i] |= 1 << o.level().ordinal();
        }
        this.completionCounted = IntStream.range(0, n)
                .filter(i -> parent[i] < 0 || !built[i].objectives().isEmpty())
                .toArray();
    }

    /** The indexes of the root and of the nodes with learning objectives, in curriculum order (not to be modified). */
    public int[] completionCounted() {
        return completionCounted;
    }

    /** How many nodes the version has; indexes run from 0 (the root) in curriculum order. */
    public int size() {
        return parents.length;
    }

    /** The index of node {@code i}'s parent, -1 for the root. */
    public int parentOf(int i) {
        return parents[i];
    }

    /**
     * Node {@code i}'s own blocking prerequisites (not to be modified): its gate is these and its parent's gate, so
     * a walk in curriculum order can decide each node's gate from its parent's.
     */
    public int[] prerequisitesOf(int i) {
        return prerequisites[i];
    }

    /** The indexes of node {@code i}'s children (not to be modified). */
    public int[] childrenOf(int i) {
        return childrenOf[i];
    }

    /** The Bloom levels of node {@code i}'s objectives, as bits {@code 1 << level.ordinal()}; 0 when it has none. */
    public int objectiveLevelsOf(int i) {
        return objectiveLevels[i];
    }

    public boolean isLeaf(int i) {
        return leaves[i];
    }

    /** The effective priority of node {@code i} (0 first). */
    public int priorityOf(int i) {
        return priorities[i];
    }

    public ProjectVersion project() {
        return project;
    }

    public List<Node> nodes() {
        return nodes;
    }

    public Node root() {
        return nodes.get(0);
    }

    public Node node(int index) {
        return nodes.get(index);
    }

    /** The index of the node with this id, or -1 when the version has none. */
    public int indexOf(String taskId) {
        Integer index = indexById.get(taskId);
        return index == null ? -1 : index;
    }

    public Optional<Node> node(String taskId) {
        Integer index = indexById.get(taskId);
        return index == null ? Optional.empty() : Optional.of(nodes.get(index));
    }

    /** The node's ancestors, nearest first (the project last). */
    public List<Node> ancestors(Node node) {
        List<Node> result = new ArrayList<>();
        for (int p = node.parent(); p >= 0; p = nodes.get(p).parent()) result.add(nodes.get(p));
        return result;
    }

    private static int[][] leaves(int n, List<List<Integer>> children) {
        int[][] leaves = new int[n][];
        for (int i = n - 1; i >= 0; i--) { // children come after their parent, so walk backwards
            if (children.get(i).isEmpty()) {
                leaves[i] = new int[] {i};
            } else {
                leaves[i] = children.get(i).stream()
                        .flatMapToInt(c -> Arrays.stream(leaves[c]))
                        .toArray();
            }
        }
        return leaves;
    }

    private static int[] toArray(List<Integer> list) {
        return list.stream().mapToInt(Integer::intValue).toArray();
    }

    private static int[] union(int[] a, int[] b) {
        if (b.length == 0) return a;
        if (a.length == 0) return b;
        return java.util.stream.IntStream.concat(Arrays.stream(a), Arrays.stream(b))
                .distinct()
                .toArray();
    }
}
