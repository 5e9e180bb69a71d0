package dev.ltt.instance;

/**
 * Told of the changes to a learner's progress inside the transaction that makes them, so that what depends on
 * progress (grade passback to an LMS) is queued atomically with it, in the same round trip. The work use-cases
 * know only this interface.
 */
public interface ProgressListener {
    /** Nobody listens. */
    ProgressListener NONE = (trip, learnerId, slug, view) -> {};

    /**
     * Called once per {@link LearnerState#flush} that changed {@code learnerId}'s progress in project {@code slug},
     * with their view after the changes: adds what it writes to {@code trip}, which is sent with the changes.
     */
    void changed(RoundTrip trip, String learnerId, String slug, LearnerView view);
}
