package dev.ltt.discussion;

import dev.ltt.error.InvalidStateException;
import dev.ltt.error.NotFoundException;
import dev.ltt.instance.HelpRequestStore;
import dev.ltt.instance.LearnerStore;
import dev.ltt.usecase.Guards;
import dev.ltt.usecase.ProjectAccess;
import java.util.Optional;
import org.jdbi.v3.core.Jdbi;

/**
 * An instructor answers an open help request; the learner then sees the answer with the request. Only an
 * open request can be resolved, once.
 */
public final class ResolveHelpRequest {
    public static final int MAX_ANSWER = 10_000;
    private final Jdbi jdbi;
    private final LearnerStore learners;
    private final HelpRequestStore requests;

    public ResolveHelpRequest(Jdbi jdbi, LearnerStore learners, HelpRequestStore requests) {
        this.jdbi = jdbi;
        this.learners = learners;
        this.requests = requests;
    }

    public HelpRequest resolve(String learnerId, long helpId, String answer, String actor) {
        Guards.actor(actor);
        Guards.text("answer", answer, MAX_ANSWER);
        return jdbi.inTransaction(h -> {
            if (!learners.lock(h, learnerId)) throw ProjectAccess.noLearner(learnerId);
            Optional<dev.ltt.instance.HelpRequest> resolved = requests.resolve(h, learnerId, helpId, answer, actor);
            if (resolved.isPresent()) return HelpRequest.of(resolved.get());
            dev.ltt.instance.HelpRequest existing = requests.find(h, learnerId, helpId)
                    .orElseThrow(() -> new NotFoundException("no help request " + helpId + " of learner " + learnerId
                            + ": see the help queue for open " + "requests and their ids"));
            throw new InvalidStateException("help request " + helpId + " was already resolved by "
                    + existing.resolvedBy() + " at " + existing.resolvedAt() + ": the learner can ask again if more "
                    + "help is needed");
        });
    }
}
