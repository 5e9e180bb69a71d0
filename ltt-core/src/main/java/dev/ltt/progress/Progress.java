package dev.ltt.progress;

import java.util.List;
import java.util.Map;

/**
 * A learner's progress in a project, counted in leaves: overall, per epic, and learning objectives achieved
 * (every leaf under the objective's task closed), by Bloom level.
 */
public record Progress(
        String projectId,
        int version,
        int completed,
        int total,
        double percentage,
        int inProgress,
        int blocked,
        List<EpicProgress> epics,
        Objectives objectives) {

    /** One epic's share of the work. */
    public record EpicProgress(
            String id,
            String title,
            String status,
            int completed,
            int total,
            double percentage,
            int inProgress,
            int blocked) {}

    /** Objectives achieved over all, and per Bloom level (remember .. create). */
    public record Objectives(int achieved, int total, Map<String, Count> byLevel) {}

    /** Achieved out of total. */
    public record Count(int achieved, int total) {}
}
