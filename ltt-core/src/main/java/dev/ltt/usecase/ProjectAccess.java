package dev.ltt.usecase;

import dev.ltt.error.InvalidStateException;
import dev.ltt.error.NotFoundException;
import dev.ltt.instance.EnrollmentStore;
import dev.ltt.instance.EnrollmentStore.Enrollment;
import dev.ltt.instance.LearnerState;
import dev.ltt.instance.LearnerView;
import dev.ltt.instance.ProgressListener;
import dev.ltt.instance.ProgressRow;
import dev.ltt.instance.ProgressStore;
import dev.ltt.instance.ProgressStore.LearnerRows;
import dev.ltt.instance.StateChangeStore;
import dev.ltt.template.ProjectSnapshot;
import dev.ltt.template.ProjectSnapshot.Node;
import dev.ltt.template.SnapshotCache;
import dev.ltt.template.TemplateStore;
import java.time.Clock;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.jdbi.v3.core.Handle;

/**
 * How use-cases reach one learner's state in one project version. Reads write nothing (a learner who has
 * done nothing in a project sees its latest version, all open); writes first lock the learner's row, so one
 * learner's concurrent calls apply one after another, and record which version the learner is on.
 */
public final class ProjectAccess {
    private final TemplateStore templates;
    private final SnapshotCache snapshots;
    private final EnrollmentStore enrollments;
    private final ProgressStore progress;
    private final StateChangeStore changes;
    private final Clock clock;
    private final ProgressListener listener;

    public ProjectAccess(
            TemplateStore templates,
            SnapshotCache snapshots,
            EnrollmentStore enrollments,
            ProgressStore progress,
            StateChangeStore changes,
            Clock clock) {
        this(templates, snapshots, enrollments, progress, changes, clock, ProgressListener.NONE);
    }

    public ProjectAccess(
            TemplateStore templates,
            SnapshotCache snapshots,
            EnrollmentStore enrollments,
            ProgressStore progress,
            StateChangeStore changes,
            Clock clock,
            ProgressListener listener) {
        this.listener = listener;
        this.templates = templates;
        this.snapshots = snapshots;
        this.enrollments = enrollments;
        this.progress = progress;
        this.changes = changes;
        this.clock = clock;
    }

    /** A task as one learner sees it, read-only. */
    public record ReadTarget(LearnerView view, Node node) {}

    /** A task and the learner's state around it, inside a write transaction. */
    public record WriteTarget(LearnerState state, Node node, int attempts) {}

    /** The learner's view of a project by slug, nothing written: one statement once the version is cached. */
    public LearnerView view(Handle h, String learnerId, String slug) {
        LearnerRows found = progress.bySlug(h, learnerId, slug).orElseThrow(() -> noLearner(learnerId));
        if (found.projectPk() == null) throw noProject(slug);
        return new LearnerView(snapshots.get(h, found.projectPk()), byTask(found.rows()));
    }

    /** As {@link #view}, from the rows' statuses only (no timestamps): for the ready and blocked lists. */
    public LearnerView statusView(Handle h, String learnerId, String slug) {
        LearnerRows found = progress.statusesBySlug(h, learnerId, slug).orElseThrow(() -> noLearner(learnerId));
        if (found.projectPk() == null) throw noProject(slug);
        return new LearnerView(snapshots.get(h, found.projectPk()), byTask(found.rows()));
    }

    /** The version of {@code slug} the learner is on (the latest while they have done nothing there): one query. */
    public ProjectSnapshot snapshot(Handle h, String learnerId, String slug) {
        Enrollment enrollment =
                enrollments.learnerAndEnrollment(h, learnerId, slug).orElseThrow(() -> noLearner(learnerId));
        Long pk = enrollment.projectPk() != null
                ? enrollment.projectPk()
                : templates.latestVersionPk(h, slug).orElseThrow(() -> noProject(slug));
        return snapshots.get(h, pk);
    }

    /** A task as the learner sees it, nothing written: one statement once the version is cached. */
    public ReadTarget readTask(Handle h, String learnerId, String taskId) {
        ProjectSnapshot snapshot = snapshotOfTask(h, taskId);
        return readTask(
                snapshot,
                learnerId,
                taskId,
                progress.inVersion(
                        h,
                        learnerId,
                        snapshot.project().slug(),
                        snapshot.project().pk()));
    }

    /**
     * A task of {@code snapshot} as the learner sees it, from their rows in that version as the caller read them
     * (in a statement of its own that reads more beside them); no rows read means no such learner.
     */
    public ReadTarget readTask(ProjectSnapshot snapshot, String learnerId, String taskId, Optional<LearnerRows> rows) {
        LearnerRows found = rows.orElseThrow(() -> noLearner(learnerId));
        requireSameVersion(found.enrolledPk(), snapshot);
        return new ReadTarget(
                new LearnerView(snapshot, byTask(found.rows())),
                snapshot.node(taskId).orElseThrow());
    }

    /**
     * Locks the learner's row and reads their rows in the task's version, their attempts on the task and whether they
     * have a grade link (one round trip: see {@link ProgressStore#lockedInVersion}). On the learner's first change in
     * the project, the unit's writes enroll them in that version (sent with the state changes).
     */
    public WriteTarget writeTask(Handle h, String learnerId, String taskId) {
        ProjectSnapshot snapshot = snapshotOfTask(h, taskId);
        String slug = snapshot.project().slug();
        ProgressStore.Locked locked = progress.lockedInVersion(
                        h, learnerId, slug, snapshot.project().pk(), taskId)
                .orElseThrow(() -> noLearner(learnerId));
        LearnerRows found = locked.rows();
        requireSameVersion(found.enrolledPk(), snapshot);
        // only a learner with a grade link has scores to queue: for the others the unit sends no statement for them
        LearnerState state = new LearnerState(
                h,
                learnerId,
                snapshot,
                found.rows(),
                changes,
                clock,
                locked.graded() ? listener : ProgressListener.NONE);
        if (found.enrolledPk() == null)
            enrollments.enroll(state.trip(), learnerId, slug, snapshot.project().pk());
        return new WriteTarget(state, snapshot.node(taskId).orElseThrow(), locked.attempts());
    }

    private static Map<String, ProgressRow> byTask(List<ProgressRow> rows) {
        Map<String, ProgressRow> byTask = new HashMap<>(rows.size() * 2 + 8);
        rows.forEach(r -> byTask.put(r.taskId(), r));
        return byTask;
    }

    /** The task's node if its version is in memory; reads nothing (empty otherwise, or when there is no such task). */
    public Optional<Node> cachedNode(String taskId) {
        return snapshots.cachedNode(taskId);
    }

    public ProjectSnapshot snapshotOfTask(Handle h, String taskId) {
        Long pk = snapshots.projectOf(h, taskId);
        if (pk == null) throw new NotFoundException("no task " + taskId + ": ask for the ready list to see task ids");
        return snapshots.get(h, pk);
    }

    private static void requireSameVersion(Long enrolledPk, ProjectSnapshot snapshot) {
        if (enrolledPk != null && enrolledPk != snapshot.project().pk()) {
            throw new InvalidStateException("this task belongs to version "
                    + snapshot.project().version() + " of "
                    + snapshot.project().slug() + ", but the learner works on another version of it: use the task "
                    + "ids from the learner's ready list");
        }
    }

    public static NotFoundException noProject(String slug) {
        return new NotFoundException("no project " + slug + ": list the projects to find its slug");
    }

    public static NotFoundException noLearner(String learnerId) {
        return new NotFoundException("no learner " + learnerId + ": create the learner first");
    }
}
