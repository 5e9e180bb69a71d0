package dev.ltt.bench;

import dev.ltt.Ltt;
import dev.ltt.template.Curriculum;
import dev.ltt.template.CurriculumPlan;
import dev.ltt.template.CurriculumReader;
import dev.ltt.template.TaskIds;
import dev.ltt.template.TemplateStore;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * The steps of {@code IngestCurriculum} one by one, each timed, in one transaction as the use-case runs
 * them: where an ingest spends its time. A diagnostic: it must follow what the use-case does.
 */
final class IngestPhases {
    private IngestPhases() {}

    static Map<String, Long> measure(Ltt ltt, byte[] document) {
        Map<String, Long> nanos = new LinkedHashMap<>();
        TemplateStore store = new TemplateStore();
        long t = System.nanoTime();
        Curriculum c = new CurriculumReader().read(document);
        t = lap(nanos, "read (parse + check)", t);
        long end = ltt.database().jdbi().inTransaction(h -> {
            long s = System.nanoTime();
            store.lockSlug(h, c.slug());
            store.findProject(h, c.slug(), c.version());
            s = lap(nanos, "lock + look up", s);
            long pk = store.insertProject(h, c, c.root().fields().title(), TaskIds.root(c.slug(), c.version()));
            CurriculumPlan plan = CurriculumPlan.of(c, pk);
            s = lap(nanos, "project row + plan", s);
            store.insertTasks(h, plan.tasks());
            s = lap(nanos, "insert tasks (" + plan.tasks().size() + ")", s);
            store.insertObjectives(h, plan.objectives());
            s = lap(nanos, "insert objectives", s);
            store.insertDependencies(h, plan.dependencies());
            s = lap(nanos, "insert dependencies", s);
            return s;
        });
        lap(nanos, "commit", end);
        return nanos;
    }

    private static long lap(Map<String, Long> nanos, String what, long since) {
        long now = System.nanoTime();
        nanos.merge(what, now - since, Long::sum);
        return now;
    }
}
