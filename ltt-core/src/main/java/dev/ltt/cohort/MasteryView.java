package dev.ltt.cohort;

import dev.ltt.progress.TreeView.ProjectRef;
import java.util.List;

/**
 * Objective mastery across a project version's enrolled learners: per Bloom level (remember .. create, every
 * level listed) and per objective, in curriculum order.
 */
public record MasteryView(ProjectRef project, int learners, List<Level> levels, List<Objective> objectives) {

    /**
     * One Bloom level: how many objectives it has, how many (learner, objective) pairs are achieved out of the
     * {@code possible} ones, that share as a percentage with one decimal, and how many learners achieved every
     * objective of the level (0 when the level has none).
     */
    public record Level(
            String level, int objectives, long achieved, long possible, double percentage, int learnersWithAll) {}

    /** One objective of a task and how many learners achieved it. */
    public record Objective(String taskId, String taskTitle, String level, String description, int learners) {}
}
