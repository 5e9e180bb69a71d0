package dev.ltt.instance;

import org.jdbi.v3.core.Handle;

/**
 * Told of every change to a learner's progress, inside the transaction that makes it, so that what depends on
 * progress (grade passback to an LMS) is queued atomically with it. The work use-cases know only this interface.
 */
public interface ProgressListener {
    /** Nobody listens. */
    ProgressListener NONE = (h, learnerId, slug) -> null;

    /**
     * Called once per transaction, before the first change of {@code learnerId}'s progress in project {@code slug}:
     * the sink to tell of each change, or null when nothing depends on this learner's progress there.
     */
    Sink open(Handle h, String learnerId, String slug);

    /** Receives the learner's view after each change of the transaction. */
    interface Sink {
        void changed(LearnerView view);
    }
}
