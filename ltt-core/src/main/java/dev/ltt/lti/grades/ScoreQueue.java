package dev.ltt.lti.grades;

import dev.ltt.instance.LearnerView;
import dev.ltt.instance.ProgressListener;
import dev.ltt.instance.RoundTrip;
import java.time.Clock;

/**
 * Queues a score whenever the progress of a learner with a grade link changes, in the same transaction:
 * {@code scoreGiven} = leaves closed, {@code scoreMaximum} = leaves, Completed when all are closed.
 * One statement per unit of work, sent with its state changes; for learners who never came through an LTI launch
 * it finds no link and writes nothing.
 */
public final class ScoreQueue implements ProgressListener {
    private final ScoreOutbox outbox;
    private final Clock clock;

    public ScoreQueue(ScoreOutbox outbox, Clock clock) {
        this.outbox = outbox;
        this.clock = clock;
    }

    @Override
    public void changed(RoundTrip trip, String learnerId, String slug, LearnerView view) {
        LearnerView.LeafCounts counts = view.counts(view.snapshot().root());
        String progress = counts.completed() == counts.total() ? "Completed" : "InProgress";
        outbox.queueForLinks(trip, learnerId, slug, counts.completed(), counts.total(), progress, clock.instant());
    }
}
