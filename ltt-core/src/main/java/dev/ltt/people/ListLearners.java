package dev.ltt.people;

import dev.ltt.error.InvalidInputException;
import dev.ltt.instance.LearnerStore;
import java.util.List;
import org.jdbi.v3.core.Jdbi;

/** Lists learners by id, a page at a time. */
public final class ListLearners {
    public static final int MAX_LIMIT = 1000;
    private final Jdbi jdbi;
    private final LearnerStore store;

    public ListLearners(Jdbi jdbi, LearnerStore store) {
        this.jdbi = jdbi;
        this.store = store;
    }

    public List<Learner> list(int limit, int offset) {
        if (limit < 1 || limit > MAX_LIMIT) throw new InvalidInputException("limit", "limit must be 1 to " + MAX_LIMIT);
        if (offset < 0) throw new InvalidInputException("offset", "offset must be 0 or more");
        return jdbi.inTransaction(h -> store.list(h, limit, offset)).stream()
                .map(Learner::of)
                .toList();
    }
}
