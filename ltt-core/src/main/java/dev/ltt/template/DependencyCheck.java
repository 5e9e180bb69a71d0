package dev.ltt.template;

import dev.ltt.error.FieldError;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;

/**
 * Resolves dependency titles over the whole document and rejects what could never be worked through:
 * unknown or ambiguous titles, self-dependencies, dependencies between a node and its own ancestor or
 * descendant, and cycles, including those that only close through the tree (see {@link DeadlockGraph}).
 */
final class DependencyCheck {
    private final List<FieldError> problems = new ArrayList<>();
    private final List<ResolvedDependency> resolved = new ArrayList<>();
    private final Map<CurriculumNode, CurriculumNode> parents = new IdentityHashMap<>();
    private final List<CurriculumNode> nodes = new ArrayList<>();

    DependencyCheck(CurriculumNode root) {
        index(root, null);
        Map<String, List<CurriculumNode>> byTitle = new HashMap<>();
        for (CurriculumNode n : nodes) {
            if (n.fields().title() != null)
                byTitle.computeIfAbsent(key(n.fields().title()), k -> new ArrayList<>())
                        .add(n);
        }
        List<ResolvedDependency> blocking = new ArrayList<>();
        for (CurriculumNode node : nodes) {
            int position = 0;
            Map<CurriculumNode, String> listed = new IdentityHashMap<>();
            for (DependencyRef ref : node.dependencies()) {
                CurriculumNode target = resolve(ref, byTitle);
                if (target == null || listedTwice(ref, target, listed)) continue;
                ResolvedDependency dep = new ResolvedDependency(node, target, ref.type(), position++);
                if (ref.type() == DependencyType.BLOCKS && !acceptableBlocking(ref, node, target)) continue;
                resolved.add(dep);
                if (ref.type() == DependencyType.BLOCKS) blocking.add(dep);
            }
        }
        new DeadlockGraph(nodes, parents, blocking).cycles().forEach(this::reportCycle);
    }

    List<FieldError> problems() {
        return problems;
    }

    List<ResolvedDependency> resolved() {
        return resolved;
    }

    private void index(CurriculumNode node, CurriculumNode parent) {
        nodes.add(node);
        if (parent != null) parents.put(node, parent);
        node.children().forEach(child -> index(child, node));
    }

    private CurriculumNode resolve(DependencyRef ref, Map<String, List<CurriculumNode>> byTitle) {
        List<CurriculumNode> matches = byTitle.getOrDefault(key(ref.title()), List.of());
        if (matches.size() == 1) return matches.get(0);
        if (matches.isEmpty()) {
            problems.add(new FieldError(
                    ref.path(),
                    "no node is titled \"" + ref.title() + "\"" + suggestion(ref.title(), byTitle)
                            + ": use the exact title of the task this one depends on"));
        } else {
            List<String> where =
                    matches.stream().map(m -> JsonPaths.display(m.path())).toList();
            problems.add(new FieldError(
                    ref.path(),
                    "\"" + ref.title() + "\" is ambiguous: " + matches.size() + " nodes have that title ("
                            + String.join(", ", where) + "); give them distinct titles"));
        }
        return null;
    }

    /** A node links to another at most once (one stored row per pair), whatever the types. */
    private boolean listedTwice(DependencyRef ref, CurriculumNode target, Map<CurriculumNode, String> listed) {
        String first = listed.putIfAbsent(target, ref.path());
        if (first == null) return false;
        problems.add(new FieldError(
                ref.path(),
                "\"" + target.fields().title() + "\" is already listed at " + first + ": list each dependency once"));
        return true;
    }

    private boolean acceptableBlocking(DependencyRef ref, CurriculumNode node, CurriculumNode target) {
        String title = "\"" + target.fields().title() + "\"";
        if (target == node) {
            problems.add(new FieldError(
                    ref.path(), "\"" + node.fields().title() + "\" depends on itself: remove this dependency"));
            return false;
        }
        if (isAncestor(target, node)) {
            problems.add(new FieldError(
                    ref.path(),
                    "\"" + node.fields().title() + "\" depends on its own ancestor " + title
                            + ", which can only close after it does (a deadlock): remove this dependency"));
            return false;
        }
        if (isAncestor(node, target)) {
            problems.add(new FieldError(
                    ref.path(),
                    "\"" + node.fields().title() + "\" depends on its own descendant " + title
                            + ", which cannot start before it does (a deadlock): remove this dependency"));
            return false;
        }
        return true;
    }

    private boolean isAncestor(CurriculumNode candidate, CurriculumNode of) {
        for (CurriculumNode p = parents.get(of); p != null; p = parents.get(p)) {
            if (p == candidate) return true;
        }
        return false;
    }

    private void reportCycle(List<ResolvedDependency> cycle) {
        List<String> links = cycle.stream()
                .map(dep -> "\"" + dep.from().fields().title() + "\" needs \""
                        + dep.to().fields().title() + "\"")
                .toList();
        ResolvedDependency first = cycle.get(0);
        String path = first.from().dependencies().stream()
                .filter(r -> r.type() == DependencyType.BLOCKS
                        && key(r.title()).equals(key(first.to().fields().title())))
                .map(DependencyRef::path)
                .findFirst()
                .orElse(first.from().path());
        problems.add(new FieldError(
                path,
                "dependency cycle: " + String.join(", ", links)
                        + "; none of these can ever start: remove one of these dependencies"));
    }

    private static String key(String title) {
        return title.strip();
    }

    private static String suggestion(String title, Map<String, List<CurriculumNode>> byTitle) {
        String wanted = key(title).toLowerCase();
        String best = null;
        int bestDistance = Integer.MAX_VALUE;
        for (String candidate : byTitle.keySet()) {
            int d = Levenshtein.distance(wanted, candidate.toLowerCase(), 6);
            if (d < bestDistance) {
                bestDistance = d;
                best = candidate;
            }
        }
        return best != null && bestDistance <= Math.max(2, wanted.length() / 5)
                ? " (did you mean \"" + best + "\"?)"
                : "";
    }
}
