package dev.ltt.memory;

import java.util.Arrays;
import java.util.Optional;

/**
 * The fields of a learner's profile, by their JSON (and column) names. A text field is replaced by a patch;
 * a list field has the patch's items appended, without duplicates.
 */
public enum ProfileField {
    NAME("name", false, 200),
    EXPERIENCE("experience", false, 1_000),
    LEARNING_STYLE("learning_style", false, 1_000),
    COMMUNICATION_PREFERENCES("communication_preferences", true, 300),
    STRENGTHS("strengths", true, 300),
    AREAS_FOR_GROWTH("areas_for_growth", true, 300),
    INTERESTS("interests", true, 300),
    BACKGROUND("background", false, 2_000);

    /** At most this many items in one list field: a profile is a summary, not a log (observations are). */
    public static final int MAX_ITEMS = 30;

    private final String key;
    private final boolean list;
    private final int maxLength;

    ProfileField(String key, boolean list, int maxLength) {
        this.key = key;
        this.list = list;
        this.maxLength = maxLength;
    }

    public String key() {
        return key;
    }

    public boolean isList() {
        return list;
    }

    /** The longest text, or list item, the field keeps. */
    public int maxLength() {
        return maxLength;
    }

    public static Optional<ProfileField> of(String key) {
        return Arrays.stream(values()).filter(f -> f.key.equals(key)).findFirst();
    }

    /** The JSON names, comma separated, for error messages. */
    public static String keys() {
        return String.join(", ", Arrays.stream(values()).map(ProfileField::key).toList());
    }
}
