package dev.ltt.template;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Deque;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;

/**
 * Finds dependency cycles, including those that close only through the tree. Each node {@code x} has two
 * vertices: {@code close(x)} (x can close) and {@code gate(x)} (nothing above or at x blocks it). A container
 * closes when its children do: close(c) -> close(child); a leaf closes after it starts: close(l) -> gate(l);
 * a node starts only when its own and its ancestors' prerequisites are closed: gate(x) -> gate(parent) and
 * gate(x) -> close(prerequisite). A cycle in this graph is a set of tasks none of which can ever start.
 */
final class DeadlockGraph {
    private final int n;
    private final List<int[]>[] edges; // each edge: {target, dependency index or -1}
    private final List<ResolvedDependency> dependencies;
    private final int[] dependencySource;

    @SuppressWarnings("unchecked")
    DeadlockGraph(
            List<CurriculumNode> nodes,
            Map<CurriculumNode, CurriculumNode> parents,
            List<ResolvedDependency> blocking) {
        this.n = nodes.size();
        this.dependencies = blocking;
        this.edges = new List[2 * n];
        for (int i = 0; i < 2 * n; i++) edges[i] = new ArrayList<>();
        Map<CurriculumNode, Integer> index = new IdentityHashMap<>();
        for (int i = 0; i < n; i++) index.put(nodes.get(i), i);
        for (int i = 0; i < n; i++) {
            CurriculumNode node = nodes.get(i);
            if (node.isLeaf()) edges[i].add(new int[] {gate(i), -1});
            for (CurriculumNode child : node.children()) edges[i].add(new int[] {index.get(child), -1});
            CurriculumNode parent = parents.get(node);
            if (parent != null) edges[gate(i)].add(new int[] {gate(index.get(parent)), -1});
        }
        this.dependencySource = new int[blocking.size()];
        for (int d = 0; d < blocking.size(); d++) {
            ResolvedDependency dep = blocking.get(d);
            dependencySource[d] = gate(index.get(dep.from()));
            edges[dependencySource[d]].add(new int[] {index.get(dep.to()), d});
        }
    }

    /** One cycle per strongly connected component that has one, as the dependencies that form it. */
    List<List<ResolvedDependency>> cycles() {
        int[] component = stronglyConnectedComponents();
        int[] size = new int[2 * n];
        for (int c : component) size[c]++;
        List<List<ResolvedDependency>> cycles = new ArrayList<>();
        boolean[] reported = new boolean[2 * n];
        for (int d = 0; d < dependencies.size(); d++) {
            int from = dependencySource[d];
            int c = component[from];
            int to = targetOf(from, d);
            if (size[c] < 2 || component[to] != c || reported[c]) continue;
            reported[c] = true;
            cycles.add(cycleThrough(from, d, to, component));
        }
        return cycles;
    }

    private int gate(int i) {
        return n + i;
    }

    private int targetOf(int from, int dependency) {
        for (int[] e : edges[from]) if (e[1] == dependency) return e[0];
        throw new IllegalStateException("dependency edge not found");
    }

    /** Shortest way back from {@code to} to {@code from} inside the component, plus the edge from -> to. */
    private List<ResolvedDependency> cycleThrough(int from, int dependency, int to, int[] component) {
        int[] previous = new int[2 * n];
        int[] viaDependency = new int[2 * n];
        Arrays.fill(previous, -2);
        Deque<Integer> queue = new ArrayDeque<>();
        queue.add(to);
        previous[to] = -1;
        while (!queue.isEmpty() && previous[from] == -2) {
            int v = queue.poll();
            for (int[] e : edges[v]) {
                if (component[e[0]] != component[from] || previous[e[0]] != -2) continue;
                previous[e[0]] = v;
                viaDependency[e[0]] = e[1];
                queue.add(e[0]);
            }
        }
        List<ResolvedDependency> back = new ArrayList<>();
        for (int v = from; v != to; v = previous[v]) {
            if (viaDependency[v] >= 0) back.add(0, dependencies.get(viaDependency[v]));
        }
        List<ResolvedDependency> cycle = new ArrayList<>();
        cycle.add(dependencies.get(dependency));
        cycle.addAll(back);
        return cycle;
    }

    /** Tarjan's algorithm without recursion (documents may nest and chain deeply). */
    private int[] stronglyConnectedComponents() {
        int size = 2 * n;
        int[] index = new int[size];
        int[] low = new int[size];
        int[] component = new int[size];
        boolean[] onStack = new boolean[size];
        Arrays.fill(index, -1);
        int[] edgeCursor = new int[size];
        Deque<Integer> stack = new ArrayDeque<>();
        Deque<Integer> work = new ArrayDeque<>();
        int counter = 0;
        int components = 0;
        for (int start = 0; start < size; start++) {
            if (index[start] != -1) continue;
            work.push(start);
            while (!work.isEmpty()) {
                int v = work.peek();
                if (index[v] == -1) {
                    index[v] = low[v] = counter++;
                    stack.push(v);
                    onStack[v] = true;
                }
                if (edgeCursor[v] < edges[v].size()) {
                    int w = edges[v].get(edgeCursor[v]++)[0];
                    if (index[w] == -1) work.push(w);
                    else if (onStack[w]) low[v] = Math.min(low[v], index[w]);
                    continue;
                }
                work.pop();
                if (!work.isEmpty()) low[work.peek()] = Math.min(low[work.peek()], low[v]);
                if (low[v] == index[v]) {
                    int w;
                    do {
                        w = stack.pop();
                        onStack[w] = false;
                        component[w] = components;
                    } while (w != v);
                    components++;
                }
            }
        }
        return component;
    }
}
