package dev.ltt.template;

/** A dependency whose title has been matched to exactly one node of the same document. */
public record ResolvedDependency(CurriculumNode from, CurriculumNode to, DependencyType type, int position) {}
