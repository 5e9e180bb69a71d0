package dev.ltt.server.web;

/**
 * How a status shows: a symbol and a word, so it never relies on colour alone, and a CSS class for the colour.
 */
public record Badge(String key, String symbol, String label, String css) {
    public static final Badge OPEN = new Badge("open", "○", "Open", "st-open");
    public static final Badge IN_PROGRESS = new Badge("in_progress", "◐", "In progress", "st-progress");
    public static final Badge BLOCKED = new Badge("blocked", "⊘", "Blocked", "st-blocked");
    public static final Badge CLOSED = new Badge("closed", "✓", "Closed", "st-closed");

    /** The badge of a status key (open, in_progress, blocked, closed). */
    public static Badge of(String status) {
        return switch (status) {
            case "in_progress" -> IN_PROGRESS;
            case "blocked" -> BLOCKED;
            case "closed" -> CLOSED;
            default -> OPEN;
        };
    }
}
