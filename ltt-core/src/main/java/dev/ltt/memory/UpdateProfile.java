package dev.ltt.memory;

import dev.ltt.error.FieldError;
import dev.ltt.error.InvalidInputException;
import dev.ltt.instance.LearnerStore;
import java.time.Clock;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.jdbi.v3.core.Jdbi;

/**
 * Patches the learner's profile: text fields given replace the stored ones; list items given are appended
 * to the stored lists unless already there (ignoring case and surrounding spaces). Every problem of the
 * patch is reported at once and nothing is stored.
 */
public final class UpdateProfile {
    private final Jdbi jdbi;
    private final LearnerStore learners;
    private final Clock clock;
    private final MemoryStore memory = new MemoryStore();

    public UpdateProfile(Jdbi jdbi, LearnerStore learners, Clock clock) {
        this.jdbi = jdbi;
        this.learners = learners;
        this.clock = clock;
    }

    public Profile update(String learnerId, ProfilePatch patch, String actor) {
        MemoryGuards.actor(actor);
        if (patch.isEmpty()) {
            throw new InvalidInputException("$", "name at least one profile field: " + ProfileField.keys());
        }
        List<FieldError> errors = new ArrayList<>();
        Map<ProfileField, String> texts = new EnumMap<>(ProfileField.class);
        patch.texts().forEach((field, value) -> {
            if (value == null || value.isBlank()) {
                errors.add(
                        new FieldError(field.key(), field.key() + " cannot be blank; to clear it, delete the field"));
            } else if (value.strip().length() > field.maxLength()) {
                errors.add(new FieldError(
                        field.key(), field.key() + " is limited to " + field.maxLength() + " characters"));
            } else {
                texts.put(field, value.strip());
            }
        });
        patch.lists().forEach((field, items) -> {
            for (int i = 0; i < items.size(); i++) {
                String item = items.get(i);
                if (item == null || item.isBlank()) {
                    errors.add(new FieldError(field.key() + "[" + i + "]", "an item cannot be blank"));
                } else if (item.strip().length() > field.maxLength()) {
                    errors.add(new FieldError(
                            field.key() + "[" + i + "]", "an item is limited to " + field.maxLength() + " characters"));
                }
            }
        });
        if (!errors.isEmpty()) throw new InvalidInputException("the profile patch has problems", errors);
        return jdbi.inTransaction(h -> {
            MemoryGuards.lockLearner(h, learners, learnerId);
            Profile stored = memory.profile(h, learnerId).orElse(Profile.EMPTY);
            Map<ProfileField, Object> values = new EnumMap<>(ProfileField.class);
            values.putAll(texts);
            List<FieldError> tooMany = new ArrayList<>();
            patch.lists().forEach((field, items) -> {
                List<String> merged = merge(stored.list(field), items);
                if (merged.size() > ProfileField.MAX_ITEMS) {
                    tooMany.add(new FieldError(
                            field.key(),
                            field.key() + " keeps at most " + ProfileField.MAX_ITEMS + " items (it would have "
                                    + merged.size() + "); delete the field to start it again"));
                }
                values.put(field, merged);
            });
            if (!tooMany.isEmpty()) throw new InvalidInputException("the profile patch has problems", tooMany);
            Profile updated =
                    stored.with(values, clock.instant().truncatedTo(java.time.temporal.ChronoUnit.MICROS), actor);
            memory.saveProfile(h, learnerId, updated);
            return updated;
        });
    }

    /** The stored items, then each new one not already there (compared stripped, ignoring case). */
    static List<String> merge(List<String> stored, List<String> added) {
        List<String> merged = new ArrayList<>(stored);
        Set<String> seen = new HashSet<>();
        stored.forEach(s -> seen.add(key(s)));
        for (String item : added) {
            if (seen.add(key(item))) merged.add(item.strip());
        }
        return merged;
    }

    private static String key(String item) {
        return item.strip().toLowerCase(Locale.ROOT);
    }
}
