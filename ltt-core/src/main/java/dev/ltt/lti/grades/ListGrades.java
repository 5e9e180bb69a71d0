package dev.ltt.lti.grades;

import dev.ltt.error.InvalidInputException;
import java.util.List;
import java.util.Set;
import org.jdbi.v3.core.Jdbi;

/** The grade passback outbox: what was sent, what waits, what failed and why. */
public final class ListGrades {
    private static final Set<String> STATUSES = Set.of("pending", "sent", "failed");
    private final Jdbi jdbi;
    private final ScoreOutbox outbox;

    public ListGrades(Jdbi jdbi, ScoreOutbox outbox) {
        this.jdbi = jdbi;
        this.outbox = outbox;
    }

    /** Both filters optional (null): at most 1000 rows, the latest scores first. */
    public List<Grade> list(String learnerId, String status) {
        if (status != null && !STATUSES.contains(status)) {
            throw new InvalidInputException("status", "status is one of pending, sent, failed");
        }
        return jdbi.withHandle(h -> outbox.list(h, learnerId, status, 1000));
    }

    /** The passbacks of one project whose last attempt failed (they are still retried): for the cohort page. */
    public List<Grade> failedIn(String slug) {
        return jdbi.withHandle(h -> outbox.failedIn(h, slug, 100));
    }
}
