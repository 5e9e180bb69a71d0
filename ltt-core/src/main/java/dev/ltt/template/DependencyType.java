package dev.ltt.template;

/** {@code blocks}: the dependent cannot start until the prerequisite is closed; {@code related}: a pointer only. */
public enum DependencyType {
    BLOCKS,
    RELATED;

    public String key() {
        return name().toLowerCase();
    }

    public static DependencyType fromKey(String key) {
        return valueOf(key.toUpperCase());
    }
}
