package dev.ltt.bench;

import dev.ltt.Ltt;
import dev.ltt.instance.CohortTallyRebuild;

/**
 * Puts many learners' progress into a benchmark database with three SQL statements: learners
 * {@code l1..lN}, enrolled in one project version, where learner g has closed the first (g % spread)
 * leaves in curriculum order and works on the next one.
 */
final class SeededLearners {
    private SeededLearners() {}

    /** Seeds the learners of {@code slug}'s only version and returns that version's key. */
    static long seed(Ltt ltt, String slug, int learners, int spread) {
        long pk = ltt.database()
                .jdbi()
                .withHandle(h -> h.createQuery("SELECT pk FROM projects WHERE slug = :slug")
                        .bind("slug", slug)
                        .mapTo(Long.class)
                        .one());
        ltt.database().jdbi().useHandle(h -> {
            h.execute("INSERT INTO learners (learner_id) SELECT 'l' || g FROM generate_series(1, ?) g", learners);
            h.execute(
                    "INSERT INTO enrollments (learner_id, slug, project_pk) SELECT 'l' || g, ?, ? "
                            + "FROM generate_series(1, ?) g",
                    slug,
                    pk,
                    learners);
            h.execute("""
                    WITH leaves AS (
                        SELECT id, row_number() OVER (ORDER BY sort_path) AS n FROM tasks t
                        WHERE project_pk = ? AND NOT EXISTS (SELECT 1 FROM tasks c WHERE c.parent_id = t.id))
                    INSERT INTO learner_task_progress (learner_id, task_id, project_pk, status, started_at, closed_at)
                    SELECT 'l' || g, l.id, ?, CASE WHEN l.n <= g % ? THEN 'closed' ELSE 'in_progress' END, now(),
                           CASE WHEN l.n <= g % ? THEN now() END
                    FROM generate_series(1, ?) g JOIN leaves l ON l.n <= g % ? + 1
                    """, pk, pk, spread, spread, learners, spread);
            h.execute("ANALYZE");
        });
        // the rows went in with SQL, not through learners' state changes: the cohort tallies are rebuilt from them
        ltt.database().jdbi().useTransaction(CohortTallyRebuild::rebuildAll);
        return pk;
    }
}
