package dev.ltt.memory;

import dev.ltt.instance.LearnerStore;
import java.time.Clock;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.jdbi.v3.core.Jdbi;

/**
 * Clears fields of the learner's profile (a text field becomes unset, a list empty), or, with no fields named,
 * the whole profile; answers the profile left. Clearing what is not there is not an error.
 */
public final class ForgetProfile {
    private final Jdbi jdbi;
    private final LearnerStore learners;
    private final Clock clock;
    private final MemoryStore memory = new MemoryStore();

    public ForgetProfile(Jdbi jdbi, LearnerStore learners, Clock clock) {
        this.jdbi = jdbi;
        this.learners = learners;
        this.clock = clock;
    }

    public Profile forget(String learnerId, Set<ProfileField> fields, String actor) {
        MemoryGuards.actor(actor);
        return jdbi.inTransaction(h -> {
            MemoryGuards.lockLearner(h, learners, learnerId);
            Profile stored = memory.profile(h, learnerId).orElse(Profile.EMPTY);
            Map<ProfileField, Object> cleared = new EnumMap<>(ProfileField.class);
            for (ProfileField f : fields.isEmpty() ? Set.of(ProfileField.values()) : fields) {
                cleared.put(f, f.isList() ? List.of() : null);
            }
            Profile left =
                    stored.with(cleared, clock.instant().truncatedTo(java.time.temporal.ChronoUnit.MICROS), actor);
            if (left.remembersNothing()) {
                memory.deleteProfile(h, learnerId);
                return Profile.EMPTY;
            }
            memory.saveProfile(h, learnerId, left);
            return left;
        });
    }
}
