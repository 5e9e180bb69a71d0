package dev.ltt.server.web;

import java.time.Duration;
import java.time.Instant;

/** Small helpers that turn values into words a person reads: sentences, and times as "3 hours ago". */
final class Words {
    private Words() {}

    /** The text with a capital first letter and a full stop at the end. */
    static String sentence(String text) {
        if (text == null || text.isBlank()) return "";
        String t = text.strip();
        t = Character.toUpperCase(t.charAt(0)) + t.substring(1);
        char last = t.charAt(t.length() - 1);
        return last == '.' || last == '!' || last == '?' ? t : t + ".";
    }

    static String ago(Instant then, Instant now) {
        if (then == null) return "";
        Duration d = Duration.between(then, now);
        if (d.isNegative() || d.toSeconds() < 60) return "just now";
        if (d.toMinutes() < 60) return plural(d.toMinutes(), "minute") + " ago";
        if (d.toHours() < 48) return plural(d.toHours(), "hour") + " ago";
        return plural(d.toDays(), "day") + " ago";
    }

    static String iso(Instant then) {
        return then == null ? "" : then.toString();
    }

    static String plural(long n, String word) {
        return n + " " + word + (n == 1 ? "" : "s");
    }

    /** "a, b and c". */
    static String list(java.util.List<String> items) {
        if (items.isEmpty()) return "";
        if (items.size() == 1) return items.get(0);
        return String.join(", ", items.subList(0, items.size() - 1)) + " and " + items.get(items.size() - 1);
    }
}
