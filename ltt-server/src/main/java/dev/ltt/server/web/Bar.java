package dev.ltt.server.web;

import java.util.Locale;

/** A progress bar: {@code done} of {@code total}, with the words a screen reader and a reader without colour get. */
public record Bar(int done, int total, double percentage, String text) {

    public static Bar of(int done, int total, double percentage) {
        return of(done, total, percentage, "done");
    }

    /** "3 of 8 {@code verb} (38%)". */
    public static Bar of(int done, int total, double percentage, String verb) {
        String pct = String.format(Locale.ROOT, "%.0f%%", percentage);
        return new Bar(done, total, percentage, done + " of " + total + " " + verb + " (" + pct + ")");
    }

    /** A bar that shows a share of 100, described by {@code words} followed by the percentage. */
    public static Bar percent(double percentage, String words) {
        return new Bar(
                (int) Math.round(percentage),
                100,
                percentage,
                words + " " + String.format(Locale.ROOT, "%.0f%%", percentage));
    }

    /** The {@code max} of a {@code <progress>} element, which must be positive. */
    public int max() {
        return Math.max(total, 1);
    }
}
