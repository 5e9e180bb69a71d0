package dev.ltt.template;

/**
 * Bounds a curriculum must stay within, so one document cannot exhaust the server. String lengths and
 * list sizes live in the JSON Schema; these are the ones a schema cannot state.
 */
public final class CurriculumLimits {
    /** Largest accepted document, in bytes of UTF-8. */
    public static final int MAX_DOCUMENT_BYTES = 16 * 1024 * 1024;
    /** Deepest nesting below the project (epic = 1, task = 2, subtask = 3, ...). */
    public static final int MAX_DEPTH = 10;
    /** Most nodes in one document, the project included. */
    public static final int MAX_NODES = 50_000;

    private CurriculumLimits() {}
}
