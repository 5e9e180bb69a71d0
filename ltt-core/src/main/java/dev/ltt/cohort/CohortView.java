package dev.ltt.cohort;

import dev.ltt.progress.TreeView.ProjectRef;
import java.time.Instant;
import java.util.List;

/**
 * How a project version's cohort stands: totals, each enrolled learner's progress, and per node of the tree
 * (curriculum order) how many learners see it open, in progress, blocked or closed. Counts are of effective
 * statuses, what each learner sees, not of stored rows. {@code learners} is one page of the enrolled learners,
 * by id; {@code nextAfter} is the id to ask for the next page with, null on the last.
 */
public record CohortView(
        ProjectRef project, Totals totals, List<LearnerProgress> learners, String nextAfter, List<TaskCounts> tasks) {

    /** Learners enrolled, leaves per learner, the mean completion and how many closed every leaf. */
    public record Totals(int learners, int leaves, double averagePercentage, int finished) {}

    /** One learner's progress in leaves; {@code lastActivityAt} is their latest state change here. */
    public record LearnerProgress(
            String learnerId,
            String name,
            Instant enrolledAt,
            int completed,
            double percentage,
            int inProgress,
            int blocked,
            Instant lastActivityAt) {}

    /** One node and how many learners see it with each status; the four counts add up to the learners. */
    public record TaskCounts(
            String id,
            String title,
            String taskType,
            String parentId,
            int open,
            int inProgress,
            int blocked,
            int closed) {}
}
