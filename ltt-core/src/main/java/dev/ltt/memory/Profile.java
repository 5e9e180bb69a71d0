package dev.ltt.memory;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * A learner's profile as agents keep it. Text fields are null and lists empty until someone sets them;
 * {@code updatedAt} and {@code updatedBy} are null for a profile never written.
 */
public record Profile(
        String name,
        String experience,
        String learningStyle,
        List<String> communicationPreferences,
        List<String> strengths,
        List<String> areasForGrowth,
        List<String> interests,
        String background,
        Instant updatedAt,
        String updatedBy) {

    public static final Profile EMPTY =
            new Profile(null, null, null, List.of(), List.of(), List.of(), List.of(), null, null, null);

    public Profile {
        communicationPreferences = List.copyOf(communicationPreferences);
        strengths = List.copyOf(strengths);
        areasForGrowth = List.copyOf(areasForGrowth);
        interests = List.copyOf(interests);
    }

    /** Whether nothing is remembered in it. */
    public boolean remembersNothing() {
        for (ProfileField f : ProfileField.values()) {
            if (f.isList() ? !list(f).isEmpty() : text(f) != null) return false;
        }
        return true;
    }

    public String text(ProfileField field) {
        return switch (field) {
            case NAME -> name;
            case EXPERIENCE -> experience;
            case LEARNING_STYLE -> learningStyle;
            case BACKGROUND -> background;
            default -> throw new IllegalArgumentException(field + " is a list");
        };
    }

    public List<String> list(ProfileField field) {
        return switch (field) {
            case COMMUNICATION_PREFERENCES -> communicationPreferences;
            case STRENGTHS -> strengths;
            case AREAS_FOR_GROWTH -> areasForGrowth;
            case INTERESTS -> interests;
            default -> throw new IllegalArgumentException(field + " is text");
        };
    }

    /** This profile with the given values in place of its own: text fields as String, lists as List. */
    Profile with(Map<ProfileField, Object> values, Instant at, String by) {
        Object[] v = new Object[ProfileField.values().length];
        for (ProfileField f : ProfileField.values()) {
            v[f.ordinal()] = values.containsKey(f) ? values.get(f) : f.isList() ? new ArrayList<>(list(f)) : text(f);
        }
        return new Profile(
                (String) v[0],
                (String) v[1],
                (String) v[2],
                cast(v[3]),
                cast(v[4]),
                cast(v[5]),
                cast(v[6]),
                (String) v[7],
                at,
                by);
    }

    @SuppressWarnings("unchecked")
    private static List<String> cast(Object o) {
        return (List<String>) o;
    }
}
