package dev.ltt.work;

import dev.ltt.error.InvalidInputException;
import dev.ltt.instance.SubmissionStore;
import dev.ltt.usecase.ProjectAccess;
import java.util.List;
import org.jdbi.v3.core.Jdbi;

/** A learner's submissions for a task, newest first, each with its validation. */
public final class ListSubmissions {
    private final Jdbi jdbi;
    private final ProjectAccess access;
    private final SubmissionStore submissions;

    public ListSubmissions(Jdbi jdbi, ProjectAccess access, SubmissionStore submissions) {
        this.jdbi = jdbi;
        this.access = access;
        this.submissions = submissions;
    }

    public List<Submission> list(String learnerId, String taskId, int limit) {
        if (limit < 1 || limit > 1000) throw new InvalidInputException("limit", "limit must be between 1 and 1000");
        return jdbi.withHandle(h -> {
            access.readTask(h, learnerId, taskId);
            return submissions.forTask(h, learnerId, taskId, limit).stream()
                    .map(Submission::of)
                    .toList();
        });
    }
}
