package dev.ltt.progress;

import dev.ltt.usecase.ProjectAccess;
import dev.ltt.error.InvalidInputException;
import dev.ltt.instance.LearnerView;
import org.jdbi.v3.core.Jdbi;

import java.util.List;

/**
 * What a learner can work on now in a project (leaves by default), and what is blocked. Reads the learner's
 * progress rows in one indexed query and combines them with the cached project structure; writes nothing.
 */
public final class ReadyWork {
    public static final int MAX_LIMIT = 1000;
    private final Jdbi jdbi;
    private final ProjectAccess access;

    public ReadyWork(Jdbi jdbi, ProjectAccess access) {
        this.jdbi = jdbi;
        this.access = access;
    }

    public ReadyList ready(String learnerId, String slug, int limit, boolean containers) {
        if (limit < 1 || limit > MAX_LIMIT) {
            throw new InvalidInputException("limit", "limit must be between 1 and " + MAX_LIMIT);
        }
        LearnerView view = jdbi.inTransaction(h -> access.view(h, learnerId, slug));
        List<ReadyTask> all = view.ready(containers).stream().map(ReadyTask::of).toList();
        return new ReadyList(all.subList(0, Math.min(limit, all.size())), all.size());
    }

    public List<BlockedTask> blocked(String learnerId, String slug, boolean containers) {
        LearnerView view = jdbi.inTransaction(h -> access.view(h, learnerId, slug));
        return view.blocked(containers).stream().map(BlockedTask::of).toList();
    }
}
