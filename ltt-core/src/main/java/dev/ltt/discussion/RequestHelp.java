package dev.ltt.discussion;

import dev.ltt.error.InvalidInputException;
import dev.ltt.instance.HelpRequestStore;
import dev.ltt.instance.SubmissionStore;
import dev.ltt.usecase.Guards;
import dev.ltt.usecase.LearnerWrites;

/**
 * A learner (through the agent) asks the instructors for help on a task, optionally about one of their
 * submissions on it; the request waits, open, in the project's help queue until an instructor resolves it.
 */
public final class RequestHelp {
    public static final int MAX_MESSAGE = 5_000;
    private final LearnerWrites writes;
    private final HelpRequestStore requests;
    private final SubmissionStore submissions;

    public RequestHelp(LearnerWrites writes, HelpRequestStore requests, SubmissionStore submissions) {
        this.writes = writes;
        this.requests = requests;
        this.submissions = submissions;
    }

    public HelpRequest request(String learnerId, String taskId, String message, String actor) {
        return request(learnerId, taskId, message, null, actor);
    }

    /** A request about one of the learner's submissions on the task ({@code submissionId}, or null for none). */
    public HelpRequest request(String learnerId, String taskId, String message, Long submissionId, String actor) {
        Guards.text("message", message, MAX_MESSAGE);
        return writes.onTask(learnerId, taskId, actor, u -> {
            if (submissionId != null
                    && submissions
                            .find(u.handle(), learnerId, submissionId)
                            .filter(s -> s.taskId().equals(taskId))
                            .isEmpty()) {
                throw new InvalidInputException(
                        "submission_id",
                        "no submission " + submissionId + " of this learner " + "on task " + taskId
                                + ": use an id from the task's submissions, or leave it out");
            }
            return HelpRequest.of(requests.insert(u.handle(), learnerId, taskId, message, submissionId));
        });
    }
}
