package dev.ltt.discussion;

import dev.ltt.usecase.Guards;
import dev.ltt.usecase.ProjectAccess;
import dev.ltt.instance.HelpRequestStore;
import org.jdbi.v3.core.Jdbi;

/**
 * A learner (through the agent) asks the instructors for help on a task; the request waits, open, in the
 * project's help queue until an instructor resolves it.
 */
public final class RequestHelp {
    public static final int MAX_MESSAGE = 5_000;
    private final Jdbi jdbi;
    private final ProjectAccess access;
    private final HelpRequestStore requests;

    public RequestHelp(Jdbi jdbi, ProjectAccess access, HelpRequestStore requests) {
        this.jdbi = jdbi;
        this.access = access;
        this.requests = requests;
    }

    public HelpRequest request(String learnerId, String taskId, String message, String actor) {
        Guards.actor(actor);
        Guards.text("message", message, MAX_MESSAGE);
        return jdbi.inTransaction(h -> {
            access.writeTask(h, learnerId, taskId);
            return HelpRequest.of(requests.insert(h, learnerId, taskId, message));
        });
    }
}
