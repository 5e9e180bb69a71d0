package dev.ltt.cohort;

import dev.ltt.error.InvalidInputException;
import dev.ltt.error.NotFoundException;
import dev.ltt.instance.CohortFacts;
import dev.ltt.instance.CohortStore;
import dev.ltt.instance.CohortStore.LearnerRows;
import dev.ltt.instance.CohortTallyStore.Counts;
import dev.ltt.instance.LearnerView;
import dev.ltt.instance.ProgressRow;
import dev.ltt.instance.Status;
import dev.ltt.progress.TreeView;
import dev.ltt.template.ProjectSnapshot;
import dev.ltt.template.ProjectSnapshot.Node;
import dev.ltt.template.SnapshotCache;
import dev.ltt.template.TemplateStore;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.OptionalInt;
import org.jdbi.v3.core.Handle;
import org.jdbi.v3.core.Jdbi;

/**
 * The instructors' view of a project version (the latest unless one is named): per node, how many enrolled
 * learners see it open, in progress, blocked or closed, the totals, and one page of the enrolled learners (by
 * id) with each one's progress. Writes nothing.
 *
 * <p>Counts are exact effective statuses without looking at every learner: each change of a learner's state
 * appends to the version's tallies how it changed the learner's effective statuses ({@link CohortFacts}), in the
 * change's own transaction, and every enrolled learner starts from the same baseline (no rows: open, or blocked
 * by prerequisites). So a count is {@code enrolled x [the baseline has it] + the tallied difference}.
 *
 * <p>Cost: two statements once the snapshot is cached (the version's key; then, in one snapshot, the enrolled
 * count, the summed tallies and the page's learners with their rows); time grows with nodes and the page size,
 * not with learners.
 */
public final class CohortProgress {
    /** Learners listed per page unless the caller asks for fewer or more (up to {@link #MAX_LEARNERS}). */
    public static final int DEFAULT_LEARNERS = 500;

    public static final int MAX_LEARNERS = 1000;
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

    /** The first page of learners, {@link #DEFAULT_LEARNERS} of them. */
    public CohortView show(String slug, OptionalInt version) {
        return show(slug, version, null, DEFAULT_LEARNERS);
    }

    /** Learners after {@code after} (by id; null: from the first), at most {@code limit} (1 to {@link #MAX_LEARNERS}). */
    public CohortView show(String slug, OptionalInt version, String after, int limit) {
        if (limit < 1 || limit > MAX_LEARNERS) {
            throw new InvalidInputException("limit", "limit is the number of learners per page, 1 to " + MAX_LEARNERS);
        }
        if (after != null && after.length() > 200) {
            throw new InvalidInputException("after", "after is a learner id from next_after, at most 200 characters");
        }
        return jdbi.withHandle(h -> {
            ProjectSnapshot snapshot = snapshots.get(h, versionPk(h, templates, slug, version));
            CohortStore.Page page = cohort.page(h, snapshot.project().pk(), after, limit + 1);
            List<CohortView.LearnerProgress> learners = new ArrayList<>();
            for (LearnerRows rows :
                    page.learners().subList(0, Math.min(limit, page.learners().size()))) {
                LearnerView view = new LearnerView(snapshot, byTask(rows.rows()));
                learners.add(progress(rows, view.counts(snapshot.root())));
            }
            String next =
                    page.learners().size() > limit ? learners.get(limit - 1).learnerId() : null;
            return view(snapshot, page.counts(), learners, next);
        });
    }

    /** The key of the named version of {@code slug}, or of its latest version; not found names what is missing. */
    static long versionPk(Handle h, TemplateStore templates, String slug, OptionalInt version) {
        return (version.isPresent()
                        ? templates.findProject(h, slug, version.getAsInt()).map(p -> p.pk())
                        : templates.latestVersionPk(h, slug))
                .orElseThrow(() -> new NotFoundException(
                        "no project " + slug + (version.isPresent() ? " version " + version.getAsInt() : "")
                                + ": list the projects to find it"));
    }

    private static Map<String, ProgressRow> byTask(List<ProgressRow> rows) {
        Map<String, ProgressRow> byTask = new HashMap<>(rows.size() * 2);
        rows.forEach(r -> byTask.put(r.taskId(), r));
        return byTask;
    }

    private static CohortView.LearnerProgress progress(LearnerRows rows, LearnerView.LeafCounts c) {
        Instant last = rows.enrolledAt();
        for (ProgressRow r : rows.rows())
            if (r.updatedAt() != null && r.updatedAt().isAfter(last)) last = r.updatedAt();
        return new CohortView.LearnerProgress(
                rows.learnerId(),
                rows.name(),
                rows.enrolledAt(),
                c.completed(),
                c.percentage(),
                c.inProgress(),
                c.blocked(),
                last);
    }

    private static CohortView view(
            ProjectSnapshot snapshot, Counts counts, List<CohortView.LearnerProgress> learners, String next) {
        LearnerView baseline = CohortFacts.baseline(snapshot);
        List<CohortView.TaskCounts> tasks = new ArrayList<>(snapshot.nodes().size());
        for (Node node : snapshot.nodes()) {
            int[] c = new int[Status.values().length];
            for (Status s : Status.values()) c[s.ordinal()] = count(counts, baseline, node, s);
            tasks.add(new CohortView.TaskCounts(
                    node.id(),
                    node.title(),
                    node.task().type().dbName(),
                    node.task().parentId(),
                    c[Status.OPEN.ordinal()],
                    c[Status.IN_PROGRESS.ordinal()],
                    c[Status.BLOCKED.ordinal()],
                    c[Status.CLOSED.ordinal()]));
        }
        Node root = snapshot.root();
        long closedLeaves = 0;
        for (int leaf : root.leaves()) closedLeaves += count(counts, baseline, snapshot.node(leaf), Status.CLOSED);
        long possible = (long) counts.enrolled() * root.leaves().length;
        double average = possible == 0 ? 0 : Math.round(1000.0 * closedLeaves / possible) / 10.0;
        int finished = (int) ((baseline.allLeavesClosed(root) ? counts.enrolled() : 0)
                + counts.beyond(CohortFacts.allLeavesClosed(root)));
        var p = snapshot.project();
        return new CohortView(
                new TreeView.ProjectRef(p.slug(), p.version(), p.title()),
                new CohortView.Totals(counts.enrolled(), root.leaves().length, average, finished),
                learners,
                next,
                tasks);
    }

    /** Enrolled learners who see {@code node} with {@code status}: the baseline's share plus the tallied difference. */
    static int count(Counts counts, LearnerView baseline, Node node, Status status) {
        return (int) ((baseline.status(node) == status ? counts.enrolled() : 0)
                + counts.beyond(CohortFacts.status(node, status)));
    }
}
