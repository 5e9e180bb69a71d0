package dev.ltt.memory;

import dev.ltt.error.InvalidInputException;
import dev.ltt.error.NotFoundException;
import dev.ltt.instance.LearnerStore;
import org.jdbi.v3.core.Handle;

/** Checks the memory use-cases share: the learner exists (and is locked for a change), texts are bounded. */
final class MemoryGuards {
    private MemoryGuards() {}

    /** Locks the learner's row, so concurrent changes to one learner's memory apply one after another. */
    static void lockLearner(Handle h, LearnerStore learners, String learnerId) {
        if (!learners.lock(h, learnerId)) throw noLearner(learnerId);
    }

    static void requireLearner(Handle h, LearnerStore learners, String learnerId) {
        if (learners.find(h, learnerId).isEmpty()) throw noLearner(learnerId);
    }

    static NotFoundException noLearner(String learnerId) {
        return new NotFoundException("no learner " + learnerId + ": create the learner first");
    }

    /** Optional text: null or blank is none; else stripped and at most {@code max} characters. */
    static String optional(String path, String value, int max) {
        if (value == null || value.isBlank()) return null;
        return required(path, value, max);
    }

    static String required(String path, String value, int max) {
        if (value == null || value.isBlank()) {
            throw new InvalidInputException(path, path + " is required and cannot be blank");
        }
        String stripped = value.strip();
        if (stripped.length() > max) {
            throw new InvalidInputException(path, path + " is limited to " + max + " characters; shorten it");
        }
        return stripped;
    }

    static void actor(String actor) {
        if (actor == null || actor.isBlank() || actor.length() > 200) {
            throw new IllegalArgumentException("an actor (who makes the change) is required");
        }
    }
}
