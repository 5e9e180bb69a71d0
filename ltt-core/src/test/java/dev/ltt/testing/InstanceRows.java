package dev.ltt.testing;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.jdbi.v3.core.Jdbi;

/** Counts the rows of every instance-layer table: a read that writes anything changes these counts. */
public final class InstanceRows {
    public static final List<String> TABLES = List.of(
            "enrollments",
            "learner_task_progress",
            "submissions",
            "validations",
            "status_summaries",
            "comments",
            "help_requests",
            "events",
            "learner_profiles",
            "learner_observations");

    private InstanceRows() {}

    public static Map<String, Long> count(Jdbi jdbi) {
        Map<String, Long> counts = new LinkedHashMap<>();
        jdbi.useHandle(h -> TABLES.forEach(t -> counts.put(
                t, h.createQuery("SELECT count(*) FROM " + t).mapTo(Long.class).one())));
        return counts;
    }
}
