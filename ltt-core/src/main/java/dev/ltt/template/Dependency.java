package dev.ltt.template;

/** A stored dependency: {@code taskId} needs {@code dependsOnId} (blocking) or merely points at it (related). */
public record Dependency(String taskId, String dependsOnId, DependencyType type, int position) {}
