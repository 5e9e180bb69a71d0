package dev.ltt.template;

/** Builds the JSON paths errors point at, in the form {@code epics[2].tasks[0].dependencies[1]}. */
final class JsonPaths {
    private JsonPaths() {}

    static String field(String parent, String name) {
        return parent.isEmpty() ? name : parent + "." + name;
    }

    static String index(String parent, String arrayName, int index) {
        return field(parent, arrayName) + "[" + index + "]";
    }

    /** The root document is shown as {@code $}, anything else as its path. */
    static String display(String path) {
        return path.isEmpty() ? "$" : path;
    }
}
