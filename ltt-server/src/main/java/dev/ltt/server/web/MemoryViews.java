package dev.ltt.server.web;

import java.util.List;

/** The view records of the memory page ({@link MemoryPages}); texts raw, the template escapes them. */
public final class MemoryViews {
    private MemoryViews() {}

    /** One profile field as shown: its label, its value in words, and the key the forget form sends. */
    public record ProfileRow(String label, String value, String key) {}

    public record ObservationRow(
            long id, String text, String context, String about, String author, String ago, String iso) {}

    public record MemoryPage(Chrome chrome, List<ProfileRow> profile, List<ObservationRow> observations, String csrf) {
        public boolean empty() {
            return profile.isEmpty() && observations.isEmpty();
        }
    }
}
