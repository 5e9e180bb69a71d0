package dev.ltt.progress;

import dev.ltt.instance.ProgressRow;
import dev.ltt.instance.Status;
import dev.ltt.instance.StoredSubmission;
import dev.ltt.instance.TaskState;
import dev.ltt.template.NodeFields;
import dev.ltt.template.ProjectSnapshot;
import dev.ltt.template.ProjectSnapshot.Node;
import dev.ltt.usecase.ProjectAccess;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import org.jdbi.v3.core.Jdbi;

/** A task with one learner's status, attempts and latest validation; writes nothing. */
public final class ShowTask {
    private final Jdbi jdbi;
    private final ProjectAccess access;
    private final ContextStore store = new ContextStore();

    public ShowTask(Jdbi jdbi, ProjectAccess access) {
        this.jdbi = jdbi;
        this.access = access;
    }

    /** The learner's rows and their latest attempt at the task, read in one statement. */
    public TaskDetail show(String learnerId, String taskId) {
        return jdbi.withHandle(h -> {
            ProjectSnapshot snapshot = access.snapshotOfTask(h, taskId);
            Optional<ContextStore.Read<Optional<StoredSubmission>>> read = store.task(
                    h, learnerId, snapshot.project().slug(), snapshot.project().pk(), taskId);
            ProjectAccess.ReadTarget target =
                    access.readTask(snapshot, learnerId, taskId, read.map(ContextStore.Read::learner));
            Optional<StoredSubmission> latest = read.orElseThrow().history();
            return detail(
                    snapshot,
                    target.node(),
                    target.view().state(target.node()),
                    target.view().row(target.node()),
                    latest.map(StoredSubmission::attemptNumber).orElse(0),
                    latest);
        });
    }

    static TaskDetail detail(
            ProjectSnapshot snapshot,
            Node node,
            TaskState state,
            ProgressRow row,
            int attempts,
            Optional<StoredSubmission> latest) {
        NodeFields f = node.task().fields();
        List<TaskDetail.DependencyRef> dependencies = new ArrayList<>();
        for (int p : node.prerequisites()) {
            Node prerequisite = snapshot.node(p);
            dependencies.add(new TaskDetail.DependencyRef(prerequisite.id(), prerequisite.title(), "blocks"));
        }
        node.related()
                .forEach(d -> dependencies.add(new TaskDetail.DependencyRef(
                        d.dependsOnId(),
                        snapshot.node(d.dependsOnId()).map(Node::title).orElse(null),
                        "related")));
        TaskDetail.LatestValidation validation = latest.filter(s -> s.validation() != null)
                .map(s -> new TaskDetail.LatestValidation(
                        s.attemptNumber(),
                        s.validation().passed(),
                        s.validation().grade(),
                        s.validation().feedback(),
                        s.validation().validator()))
                .orElse(null);
        return new TaskDetail(
                node.id(),
                snapshot.project().slug(),
                snapshot.project().version(),
                node.task().parentId(),
                node.task().type().dbName(),
                f.title(),
                f.description(),
                f.content(),
                f.acceptanceCriteria(),
                node.priority(),
                f.estimatedMinutes(),
                f.subtaskType(),
                node.requiresSubmission(),
                f.tutorGuidance(),
                node.objectives().stream()
                        .map(o -> new TaskDetail.Objective(o.level().key(), o.description()))
                        .toList(),
                dependencies,
                Arrays.stream(node.children())
                        .mapToObj(c -> snapshot.node(c).id())
                        .toList(),
                f.extra(),
                state.status().key(),
                state.blockedBy(),
                state.reason(),
                attempts,
                validation,
                blocks(snapshot, node),
                row == null ? null : row.startedAt(),
                row == null || state.status() != Status.CLOSED ? null : row.closedAt());
    }

    /** The tasks that name this one as a blocking prerequisite, in curriculum order. */
    static List<TaskDetail.DependencyRef> blocks(ProjectSnapshot snapshot, Node node) {
        List<TaskDetail.DependencyRef> blocks = new ArrayList<>();
        for (Node other : snapshot.nodes()) {
            for (int p : other.prerequisites()) {
                if (p == node.index()) {
                    blocks.add(new TaskDetail.DependencyRef(other.id(), other.title(), "blocks"));
                    break;
                }
            }
        }
        return blocks;
    }
}
