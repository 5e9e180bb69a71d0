package dev.ltt.cohort;

import dev.ltt.progress.TreeView.ProjectRef;
import java.time.Instant;
import java.util.List;

/**
 * The learners of a project version who look stuck, longest stuck first, with the thresholds that were
 * applied. A learner appears once per task (and reason) they are stuck on.
 */
public record StuckReport(ProjectRef project, int hours, int failures, List<Stuck> stuck) {

    /** The two signs of being stuck. */
    public static final String IDLE = "idle";

    public static final String FAILING = "failing";

    /**
     * One learner stuck on one task. {@code kind} is {@value #IDLE} (in progress, no change or submission for
     * too long) or {@value #FAILING} (failed validations in a row); {@code reason} says it in words;
     * {@code since} is when it began: the task went in progress, or the first failure of the run.
     */
    public record Stuck(
            String learnerId,
            String learnerName,
            String taskId,
            String taskTitle,
            String kind,
            String reason,
            Instant since,
            Integer failures,
            Instant lastSubmissionAt) {}
}
