package dev.ltt.memory;

import java.util.List;
import java.util.Map;

/**
 * A change to a profile: the text fields given replace the stored ones, the list items given are appended to
 * the stored lists (an item already there, compared ignoring case and surrounding spaces, is not added again).
 * Fields not named are left as they are. Each door checks types; {@link UpdateProfile} checks the values.
 */
public record ProfilePatch(Map<ProfileField, String> texts, Map<ProfileField, List<String>> lists) {
    public ProfilePatch {
        texts = Map.copyOf(texts);
        lists = Map.copyOf(lists);
    }

    public boolean isEmpty() {
        return texts.isEmpty() && lists.isEmpty();
    }
}
