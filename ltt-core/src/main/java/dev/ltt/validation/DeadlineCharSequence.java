package dev.ltt.validation;

/**
 * A view of a string that gives up once a deadline has passed: regular expressions read their input
 * through {@link #charAt}, so a backtracking pattern stops there instead of running for hours.
 * Not thread-safe; one per match.
 */
final class DeadlineCharSequence implements CharSequence {
    /** Thrown from {@link #charAt} once the time is up. */
    static final class TimeUp extends RuntimeException {
        TimeUp() {
            super("regular expression took too long", null, false, false);
        }
    }

    private static final int CHECK_EVERY = 4096;
    private final String text;
    private final long deadline;
    private int reads;

    private DeadlineCharSequence(String text, long deadlineNanos) {
        this.text = text;
        this.deadline = deadlineNanos;
    }

    /** A view of {@code text} that gives up {@code millis} milliseconds from now. */
    static DeadlineCharSequence of(String text, long millis) {
        return new DeadlineCharSequence(text, System.nanoTime() + millis * 1_000_000);
    }

    @Override
    public char charAt(int index) {
        if (++reads % CHECK_EVERY == 0 && System.nanoTime() - deadline > 0) throw new TimeUp();
        return text.charAt(index);
    }

    @Override
    public int length() {
        return text.length();
    }

    @Override
    public CharSequence subSequence(int start, int end) {
        return new DeadlineCharSequence(text.substring(start, end), deadline);
    }

    @Override
    public String toString() {
        return text;
    }
}
