package dev.ltt.template;

import java.util.List;

/** One node of a parsed curriculum document, before it has ids; {@code path} is its JSON path in the document. */
public record CurriculumNode(
        String path,
        TaskType type,
        NodeFields fields,
        List<LearningObjective> objectives,
        List<DependencyRef> dependencies,
        List<CurriculumNode> children) {

    public boolean isLeaf() {
        return children.isEmpty();
    }
}
