package dev.ltt.memory;

import dev.ltt.instance.LearnerStore;
import org.jdbi.v3.core.Handle;
import org.jdbi.v3.core.Jdbi;

/**
 * Everything remembered about a learner (for the learner, and for an admin), or the bounded part of it an
 * agent context shows: the profile and the latest observations, global and about the context's project.
 */
public final class ShowMemory {
    /** Observations in an agent context: the newest, global and of the task's project. */
    public static final int IN_CONTEXT = 20;

    private final Jdbi jdbi;
    private final LearnerStore learners;
    private final MemoryStore memory = new MemoryStore();

    public ShowMemory(Jdbi jdbi, LearnerStore learners) {
        this.jdbi = jdbi;
        this.learners = learners;
    }

    public LearnerMemory show(String learnerId) {
        return jdbi.inTransaction(h -> {
            MemoryGuards.requireLearner(h, learners, learnerId);
            return new LearnerMemory(
                    learnerId,
                    memory.profile(h, learnerId).orElse(Profile.EMPTY),
                    memory.observations(h, learnerId, Remember.MAX_OBSERVATIONS));
        });
    }

    /** The observations an agent context on a task of project {@code slug} shows, in their own transaction. */
    public java.util.List<Observation> forContextOf(String learnerId, String slug) {
        return jdbi.inTransaction(h -> forContext(h, learnerId, slug).observations());
    }

    /** The memory an agent context shows, read in the caller's transaction (the learner is known to exist). */
    public LearnerMemory forContext(Handle h, String learnerId, String slug) {
        return new LearnerMemory(
                learnerId,
                memory.profile(h, learnerId).orElse(Profile.EMPTY),
                memory.observationsFor(h, learnerId, slug, IN_CONTEXT));
    }
}
