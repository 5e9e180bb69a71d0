package dev.ltt.discussion;

import dev.ltt.usecase.Guards;
import dev.ltt.usecase.LearnerWrites;
import dev.ltt.instance.HelpRequestStore;

/**
 * A learner (through the agent) asks the instructors for help on a task; the request waits, open, in the
 * project's help queue until an instructor resolves it.
 */
public final class RequestHelp {
    public static final int MAX_MESSAGE = 5_000;
    private final LearnerWrites writes;
    private final HelpRequestStore requests;

    public RequestHelp(LearnerWrites writes, HelpRequestStore requests) {
        this.writes = writes;
        this.requests = requests;
    }

    public HelpRequest request(String learnerId, String taskId, String message, String actor) {
        Guards.text("message", message, MAX_MESSAGE);
        return writes.onTask(learnerId, taskId, actor,
                u -> HelpRequest.of(requests.insert(u.handle(), learnerId, taskId, message)));
    }
}
