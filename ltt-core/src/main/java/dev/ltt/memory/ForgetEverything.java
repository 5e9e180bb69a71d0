package dev.ltt.memory;

import dev.ltt.instance.LearnerStore;
import org.jdbi.v3.core.Jdbi;

/** Deletes everything remembered about the learner, profile and observations, in one transaction. */
public final class ForgetEverything {
    private final Jdbi jdbi;
    private final LearnerStore learners;
    private final MemoryStore memory = new MemoryStore();

    public ForgetEverything(Jdbi jdbi, LearnerStore learners) {
        this.jdbi = jdbi;
        this.learners = learners;
    }

    /** Returns how many observations were deleted. */
    public int forget(String learnerId, String actor) {
        MemoryGuards.actor(actor);
        return jdbi.inTransaction(h -> {
            MemoryGuards.lockLearner(h, learners, learnerId);
            memory.deleteProfile(h, learnerId);
            return memory.deleteObservations(h, learnerId);
        });
    }
}
