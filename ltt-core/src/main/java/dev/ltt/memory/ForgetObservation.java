package dev.ltt.memory;

import dev.ltt.error.NotFoundException;
import dev.ltt.instance.LearnerStore;
import org.jdbi.v3.core.Jdbi;

/** Deletes one observation about the learner: the learner may remove anything remembered about them. */
public final class ForgetObservation {
    private final Jdbi jdbi;
    private final LearnerStore learners;
    private final MemoryStore memory = new MemoryStore();

    public ForgetObservation(Jdbi jdbi, LearnerStore learners) {
        this.jdbi = jdbi;
        this.learners = learners;
    }

    public void forget(String learnerId, long observationId, String actor) {
        MemoryGuards.actor(actor);
        jdbi.useTransaction(h -> {
            MemoryGuards.lockLearner(h, learners, learnerId);
            if (!memory.deleteObservation(h, learnerId, observationId)) {
                throw new NotFoundException("no observation " + observationId + " about " + learnerId
                        + ": read the learner's memory for the ids");
            }
        });
    }
}
