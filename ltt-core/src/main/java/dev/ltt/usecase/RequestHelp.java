package dev.ltt.usecase;

import dev.ltt.instance.HelpRequest;
import dev.ltt.error.InvalidInputException;
import dev.ltt.instance.HelpRequestStore;
import dev.ltt.instance.SubmissionStore;
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
    private final SubmissionStore submissions;

    RequestHelp(Jdbi jdbi, ProjectAccess access, HelpRequestStore requests, SubmissionStore submissions) {
        this.jdbi = jdbi;
        this.access = access;
        this.requests = requests;
        this.submissions = submissions;
    }

    public HelpRequest request(String learnerId, String taskId, String message, String actor) {
        return request(learnerId, taskId, message, null, actor);
    }

    /** A request about one of the learner's submissions on the task ({@code submissionId}, or null for none). */
    public HelpRequest request(String learnerId, String taskId, String message, Long submissionId, String actor) {
        Guards.actor(actor);
        Guards.text("message", message, MAX_MESSAGE);
        return jdbi.inTransaction(h -> {
            access.writeTask(h, learnerId, taskId);
            if (submissionId != null && submissions.find(h, learnerId, submissionId)
                    .filter(s -> s.taskId().equals(taskId)).isEmpty()) {
                throw new InvalidInputException("submission_id", "no submission " + submissionId + " of this learner "
                        + "on task " + taskId + ": use an id from the task's submissions, or leave it out");
            }
            return requests.insert(h, learnerId, taskId, message, submissionId);
        });
    }
}
