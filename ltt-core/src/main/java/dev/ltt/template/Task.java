package dev.ltt.template;

import java.util.Arrays;

/**
 * A stored curriculum node. Its id is hierarchical ({@code maji-ndogo-part1-v3@v3.2.1.1}: the parent's id is
 * a prefix) and {@code sortPath} ({2, 1, 1}) orders nodes numerically in curriculum order.
 */
public record Task(String id, long projectPk, String parentId, TaskType type, int[] sortPath, NodeFields fields) {

    public boolean isRoot() {
        return parentId == null;
    }

    public String title() {
        return fields.title();
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof Task t
                && t.id.equals(id)
                && t.projectPk == projectPk
                && java.util.Objects.equals(t.parentId, parentId)
                && t.type == type
                && Arrays.equals(t.sortPath, sortPath)
                && t.fields.equals(fields);
    }

    @Override
    public int hashCode() {
        return id.hashCode();
    }

    @Override
    public String toString() {
        return "Task[" + id + " " + fields.title() + "]";
    }
}
