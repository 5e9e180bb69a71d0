package dev.ltt.lti.grades;

import dev.ltt.instance.LearnerView;
import dev.ltt.instance.ProgressListener;
import java.time.Clock;
import java.util.List;
import org.jdbi.v3.core.Handle;

/**
 * Queues a score whenever the progress of a learner with a grade link changes, in the same transaction:
 * {@code scoreGiven} = leaves closed, {@code scoreMaximum} = leaves, Completed when all are closed.
 * Learners who never came through an LTI launch cost one indexed query per transaction.
 */
public final class ScoreQueue implements ProgressListener {
    private final ScoreOutbox outbox;
    private final Clock clock;

    public ScoreQueue(ScoreOutbox outbox, Clock clock) {
        this.outbox = outbox;
        this.clock = clock;
    }

    @Override
    public Sink open(Handle h, String learnerId, String slug) {
        List<ScoreOutbox.Link> links = outbox.links(h, learnerId, slug);
        if (links.isEmpty()) return null;
        return view -> queue(h, learnerId, slug, links, view);
    }

    public void queue(Handle h, String learnerId, String slug, List<ScoreOutbox.Link> links, LearnerView view) {
        LearnerView.LeafCounts counts = view.counts(view.snapshot().root());
        String progress = counts.completed() == counts.total() ? "Completed" : "InProgress";
        for (ScoreOutbox.Link link : links) {
            outbox.queue(h, learnerId, slug, link, counts.completed(), counts.total(), progress, clock.instant());
        }
    }
}
