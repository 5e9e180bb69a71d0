package dev.ltt.discussion;

import dev.ltt.instance.EventStore;
import dev.ltt.instance.LearnerStore;
import dev.ltt.usecase.Guards;
import dev.ltt.usecase.ProjectAccess;
import java.util.List;
import org.jdbi.v3.core.Jdbi;

/** A learner's history of state changes (from, to, actor, reason, time), newest first. Writes nothing. */
public final class ListEvents {
    public static final int MAX_LIMIT = 500;
    private final Jdbi jdbi;
    private final ProjectAccess access;
    private final LearnerStore learners;
    private final EventStore events;

    public ListEvents(Jdbi jdbi, ProjectAccess access, LearnerStore learners, EventStore events) {
        this.jdbi = jdbi;
        this.access = access;
        this.learners = learners;
        this.events = events;
    }

    /** Every event of the learner, or of one task when {@code taskId} is not null. */
    public List<Event> list(String learnerId, String taskId, int limit) {
        Guards.limit(limit, MAX_LIMIT);
        return jdbi.inTransaction(h -> {
            if (taskId != null) {
                access.readTask(h, learnerId, taskId);
            } else if (learners.find(h, learnerId).isEmpty()) {
                throw ProjectAccess.noLearner(learnerId);
            }
            return events.list(h, learnerId, taskId, limit).stream()
                    .map(Event::of)
                    .toList();
        });
    }
}
