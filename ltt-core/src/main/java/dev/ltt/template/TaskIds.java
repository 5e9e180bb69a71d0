package dev.ltt.template;

/**
 * How task ids are made: the project's root is {@code <slug>@v<version>}, and the n-th child (from 1) of a
 * node with id P is {@code P.n}. Ids are unique across projects and versions, readable, and a parent's id is
 * a prefix of its children's; numeric order comes from the stored sort path, not from the string.
 */
public final class TaskIds {
    private TaskIds() {}

    public static String root(String slug, int version) {
        return slug + "@v" + version;
    }

    public static String child(String parentId, int position) {
        return parentId + "." + position;
    }
}
