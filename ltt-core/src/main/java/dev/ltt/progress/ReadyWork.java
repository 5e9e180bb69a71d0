package dev.ltt.progress;

import dev.ltt.error.InvalidInputException;
import dev.ltt.instance.LearnerView;
import dev.ltt.usecase.ProjectAccess;
import java.util.List;
import org.jdbi.v3.core.Jdbi;

/**
 * What a learner can work on now in a project (leaves by default), and what is blocked. Reads the learner's
 * progress rows' statuses in one indexed query and combines them with the cached project structure; writes nothing.
 */
public final class ReadyWork {
    public static final int MAX_LIMIT = 1000;
    /** The node types a ready list can be filtered by (the project itself is never ready work). */
    public static final List<String> TASK_TYPES = List.of("epic", "task", "subtask");

    private final Jdbi jdbi;
    private final ProjectAccess access;

    public ReadyWork(Jdbi jdbi, ProjectAccess access) {
        this.jdbi = jdbi;
        this.access = access;
    }

    public ReadyList ready(String learnerId, String slug, int limit, boolean containers) {
        return ready(learnerId, slug, limit, containers, null);
    }

    /**
     * The ready list, only of nodes of {@code taskType} (epic, task or subtask) when it is given: then leaves and
     * containers of that type alike, whatever {@code containers} says, so asking for epics gives the ready epics.
     */
    public ReadyList ready(String learnerId, String slug, int limit, boolean containers, String taskType) {
        if (limit < 1 || limit > MAX_LIMIT) {
            throw new InvalidInputException("limit", "limit must be between 1 and " + MAX_LIMIT);
        }
        if (taskType != null && !TASK_TYPES.contains(taskType)) {
            throw new InvalidInputException("task_type", "task_type is one of " + String.join(", ", TASK_TYPES));
        }
        LearnerView view = jdbi.withHandle(h -> access.statusView(h, learnerId, slug));
        LearnerView.ReadyPick pick = view.ready(
                containers || taskType != null,
                node -> taskType == null || node.task().type().dbName().equals(taskType),
                limit);
        return new ReadyList(pick.first().stream().map(ReadyTask::of).toList(), pick.total());
    }

    public List<BlockedTask> blocked(String learnerId, String slug, boolean containers) {
        LearnerView view = jdbi.withHandle(h -> access.statusView(h, learnerId, slug));
        return view.blocked(containers).stream().map(BlockedTask::of).toList();
    }
}
