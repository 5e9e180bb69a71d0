package dev.ltt.template;

/** A dependency as the document wrote it: a title to resolve, its type, and where it stood ({@code path}). */
public record DependencyRef(String title, DependencyType type, String path, boolean writtenAsObject) {}
