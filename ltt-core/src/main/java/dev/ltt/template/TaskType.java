package dev.ltt.template;

/** The level of a node in a curriculum tree; the level decides which key holds its children. */
public enum TaskType {
    PROJECT("epics"),
    EPIC("tasks"),
    TASK("subtasks"),
    SUBTASK("subtasks");

    private final String childrenKey;

    TaskType(String childrenKey) {
        this.childrenKey = childrenKey;
    }

    /** The JSON key under which this level lists its children ({@code epics}, {@code tasks}, {@code subtasks}). */
    public String childrenKey() {
        return childrenKey;
    }

    public TaskType childType() {
        return switch (this) {
            case PROJECT -> EPIC;
            case EPIC -> TASK;
            case TASK, SUBTASK -> SUBTASK;
        };
    }

    public String dbName() {
        return name().toLowerCase();
    }

    public static TaskType fromDb(String name) {
        return valueOf(name.toUpperCase());
    }
}
