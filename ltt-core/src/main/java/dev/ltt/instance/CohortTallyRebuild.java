package dev.ltt.instance;

import dev.ltt.template.ProjectSnapshot;
import dev.ltt.template.ProjectVersion;
import dev.ltt.template.TemplateStore;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.jdbi.v3.core.Handle;

/**
 * Computes the cohort tallies of project versions from scratch, from every enrolled learner's progress rows
 * (the learners x nodes work the tallies otherwise spare the views). A migration runs it (so a database whose
 * learners predate the tallies, or their current shape, gets them: {@code dev.ltt.db.RebuildCohortTallies}), and
 * so do tools that load progress rows in bulk without going through the use-cases (the benchmarks' {@code COPY}).
 */
public final class CohortTallyRebuild {
    private CohortTallyRebuild() {}

    /** Rebuilds every version that has enrolled learners; call inside a transaction. */
    public static void rebuildAll(Handle h) {
        List<Long> versions = h.createQuery("SELECT DISTINCT project_pk FROM enrollments ORDER BY 1")
                .mapTo(Long.class)
                .list();
        for (long pk : versions) rebuild(h, snapshot(h, pk));
    }

    /** The version's snapshot read afresh (no cache: a migration or a tool runs outside the server's caches). */
    public static ProjectSnapshot snapshot(Handle h, long projectPk) {
        TemplateStore store = new TemplateStore();
        ProjectVersion project = store.projectByPk(h, projectPk)
                .orElseThrow(() -> new IllegalStateException("project " + projectPk + " vanished"));
        return new ProjectSnapshot(
                project, store.tasks(h, projectPk), store.dependencies(h, projectPk), store.objectives(h, projectPk));
    }

    /** Rebuilds one version's tallies; call inside a transaction (appends by writers wait for its end). */
    public static void rebuild(Handle h, ProjectSnapshot snapshot) {
        long pk = snapshot.project().pk();
        CohortTallyStore tallies = new CohortTallyStore();
        tallies.lockForRebuild(h, pk);
        LearnerView baseline = CohortFacts.baseline(snapshot);
        Map<Integer, Long> total = new HashMap<>();
        Map<Integer, Integer> one = new HashMap<>();
        new CohortStore().forEachLearner(h, pk, learner -> {
            if (learner.rows().isEmpty()) return;
            Map<String, ProgressRow> rows = new HashMap<>(learner.rows().size() * 2);
            learner.rows().forEach(r -> rows.put(r.taskId(), r));
            one.clear();
            CohortFacts.diff(baseline, new LearnerView(snapshot, rows), one);
            one.forEach((fact, n) -> total.merge(fact, (long) n, Long::sum));
        });
        tallies.insertRebuilt(h, pk, total);
    }
}
