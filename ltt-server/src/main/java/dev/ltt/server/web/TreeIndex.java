package dev.ltt.server.web;

import dev.ltt.progress.TreeView;
import dev.ltt.progress.TreeView.TreeNode;
import java.util.HashMap;
import java.util.Map;

/** A learner's tree indexed by task id: each node and its parent's id, to name blockers and build breadcrumbs. */
final class TreeIndex {
    final TreeView tree;
    private final Map<String, TreeNode> nodes = new HashMap<>();
    private final Map<String, String> parents = new HashMap<>();

    TreeIndex(TreeView tree) {
        this.tree = tree;
        for (TreeNode child : tree.children()) add(child, null);
    }

    private void add(TreeNode node, String parent) {
        nodes.put(node.id(), node);
        if (parent != null) parents.put(node.id(), parent);
        for (TreeNode child : node.children()) add(child, node.id());
    }

    TreeNode node(String id) {
        return nodes.get(id);
    }

    String parent(String id) {
        return parents.get(id);
    }

    String title(String id) {
        TreeNode node = nodes.get(id);
        return node == null ? id : node.title();
    }

    Map<String, String> titles() {
        Map<String, String> titles = new HashMap<>(nodes.size() * 2);
        nodes.forEach((id, node) -> titles.put(id, node.title()));
        return titles;
    }
}
