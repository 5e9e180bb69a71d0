package dev.ltt.cohort;

import dev.ltt.progress.TreeView;
import dev.ltt.error.NotFoundException;
import dev.ltt.instance.CohortStore;
import dev.ltt.instance.CohortStore.LearnerRows;
import dev.ltt.instance.CohortTally;
import dev.ltt.instance.LearnerView;
import dev.ltt.instance.ProgressRow;
import dev.ltt.instance.Status;
import dev.ltt.template.ProjectSnapshot;
import dev.ltt.template.ProjectSnapshot.Node;
import dev.ltt.template.SnapshotCache;
import dev.ltt.template.TemplateStore;
import org.jdbi.v3.core.Handle;
import org.jdbi.v3.core.Jdbi;

import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.OptionalInt;

/**
 * The instructors' view of a project version (the latest unless one is named): every learner enrolled in it
 * and, per node, how many of them see it open, in progress, blocked or closed. Writes nothing.
 *
 * <p>Counts are exact effective statuses: the learners' progress rows come in one query ordered by learner
 * and streamed; each learner's rows become a {@link LearnerView} over the cached snapshot (missing rows are
 * open, unclosed prerequisites block, started work makes containers in progress) that is tallied and dropped.
 *
 * <p>Cost: two statements (the version's key, then the cohort) once the snapshot is cached; time grows with
 * learners x nodes: 10,000 learners on Maji Ndogo (54 nodes, 160,000 rows) take about 0.3 s in PostgreSQL
 * and 1 to 2 s in all on a busy 2-core machine. Memory holds the counters, one fetch batch and the
 * per-learner summaries, never every learner's rows at once.
 */
public final class CohortProgress {
    private final Jdbi jdbi;
    private final TemplateStore templates;
    private final SnapshotCache snapshots;
    private final CohortStore cohort;

    public CohortProgress(Jdbi jdbi, TemplateStore templates, SnapshotCache snapshots, CohortStore cohort) {
        this.jdbi = jdbi;
        this.templates = templates;
        this.snapshots = snapshots;
        this.cohort = cohort;
    }

    public CohortView show(String slug, OptionalInt version) {
        return jdbi.inTransaction(h -> {
            ProjectSnapshot snapshot = snapshots.get(h, versionPk(h, templates, slug, version));
            CohortTally tally = new CohortTally(snapshot);
            List<CohortView.LearnerProgress> learners = new ArrayList<>();
            cohort.forEachLearner(h, snapshot.project().pk(), rows -> {
                LearnerView.LeafCounts leaves = tally.add(new LearnerView(snapshot, byTask(rows.rows())));
                learners.add(progress(rows, leaves));
            });
            return view(snapshot, tally, learners);
        });
    }

    /** The key of the named version of {@code slug}, or of its latest version; not found names what is missing. */
    static long versionPk(Handle h, TemplateStore templates, String slug, OptionalInt version) {
        return (version.isPresent() ? templates.findProject(h, slug, version.getAsInt()).map(p -> p.pk())
                : templates.latestVersionPk(h, slug)).orElseThrow(() -> new NotFoundException("no project " + slug
                + (version.isPresent() ? " version " + version.getAsInt() : "") + ": list the projects to find it"));
    }

    private static Map<String, ProgressRow> byTask(List<ProgressRow> rows) {
        Map<String, ProgressRow> byTask = new HashMap<>(rows.size() * 2);
        rows.forEach(r -> byTask.put(r.taskId(), r));
        return byTask;
    }

    private static CohortView.LearnerProgress progress(LearnerRows rows, LearnerView.LeafCounts c) {
        Instant last = rows.enrolledAt();
        for (ProgressRow r : rows.rows()) if (r.updatedAt() != null && r.updatedAt().isAfter(last)) last = r.updatedAt();
        return new CohortView.LearnerProgress(rows.learnerId(), rows.name(), rows.enrolledAt(), c.completed(),
                c.percentage(), c.inProgress(), c.blocked(), last);
    }

    private static CohortView view(ProjectSnapshot snapshot, CohortTally tally, List<CohortView.LearnerProgress> learners) {
        List<CohortView.TaskCounts> tasks = new ArrayList<>(snapshot.nodes().size());
        for (Node node : snapshot.nodes()) {
            tasks.add(new CohortView.TaskCounts(node.id(), node.title(), node.task().type().dbName(),
                    node.task().parentId(), tally.count(node, Status.OPEN), tally.count(node, Status.IN_PROGRESS),
                    tally.count(node, Status.BLOCKED), tally.count(node, Status.CLOSED)));
        }
        var p = snapshot.project();
        return new CohortView(new TreeView.ProjectRef(p.slug(), p.version(), p.title()),
                new CohortView.Totals(tally.learners(), snapshot.root().leaves().length, tally.averagePercentage(),
                        tally.finished()),
                learners, tasks);
    }
}
