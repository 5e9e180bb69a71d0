package dev.ltt.discussion;

import dev.ltt.instance.HelpRequestStore;
import dev.ltt.instance.LearnerStore;
import dev.ltt.usecase.Guards;
import dev.ltt.usecase.ProjectAccess;
import java.util.List;
import org.jdbi.v3.core.Jdbi;

/** One learner's help requests, open and resolved (with the answers), newest first. Writes nothing. */
public final class ListHelpRequests {
    public static final int MAX_LIMIT = 200;
    private final Jdbi jdbi;
    private final LearnerStore learners;
    private final HelpRequestStore requests;

    public ListHelpRequests(Jdbi jdbi, LearnerStore learners, HelpRequestStore requests) {
        this.jdbi = jdbi;
        this.learners = learners;
        this.requests = requests;
    }

    public List<HelpRequest> list(String learnerId, int limit) {
        Guards.limit(limit, MAX_LIMIT);
        return jdbi.inTransaction(h -> {
            if (learners.find(h, learnerId).isEmpty()) throw ProjectAccess.noLearner(learnerId);
            return requests.forLearner(h, learnerId, limit).stream()
                    .map(HelpRequest::of)
                    .toList();
        });
    }
}
