package dev.ltt.cohort;

import dev.ltt.error.InvalidInputException;
import dev.ltt.instance.CohortStore;
import dev.ltt.instance.CohortStore.FailureStreak;
import dev.ltt.instance.CohortStore.IdleTask;
import dev.ltt.progress.TreeView;
import dev.ltt.template.ProjectSnapshot;
import dev.ltt.template.ProjectSnapshot.Node;
import dev.ltt.template.SnapshotCache;
import dev.ltt.template.TemplateStore;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.OptionalInt;
import org.jdbi.v3.core.Jdbi;

/**
 * Finds the learners of a project version (the latest unless one is named) who look stuck: a leaf in progress
 * with no change and no submission for {@code hours}, or {@code failures} or more failed validations in a row
 * on a task whose latest validation failed. Two queries across learners (a fan-out on a sharded instance
 * layer), each scoped by the version. Writes nothing.
 */
public final class StuckLearners {
    public static final int DEFAULT_HOURS = 48;
    public static final int DEFAULT_FAILURES = 3;
    public static final int MAX_HOURS = 24 * 365;
    public static final int MAX_FAILURES = 1000;
    private final Jdbi jdbi;
    private final TemplateStore templates;
    private final SnapshotCache snapshots;
    private final CohortStore cohort;
    private final Clock clock;

    public StuckLearners(Jdbi jdbi, TemplateStore templates, SnapshotCache snapshots, CohortStore cohort, Clock clock) {
        this.jdbi = jdbi;
        this.templates = templates;
        this.snapshots = snapshots;
        this.cohort = cohort;
        this.clock = clock;
    }

    public StuckReport find(String slug, OptionalInt version, int hours, int failures) {
        checkBounds(hours, failures);
        Instant now = clock.instant();
        return jdbi.inTransaction(h -> {
            ProjectSnapshot snapshot = snapshots.get(h, CohortProgress.versionPk(h, templates, slug, version));
            long pk = snapshot.project().pk();
            List<StuckReport.Stuck> stuck = new ArrayList<>();
            for (IdleTask idle : cohort.idleSince(h, pk, now.minus(Duration.ofHours(hours)))) {
                leaf(snapshot, idle.taskId()).ifPresent(node -> stuck.add(idle(idle, node, now)));
            }
            for (FailureStreak streak : cohort.failureStreaks(h, pk, failures)) {
                snapshot.node(streak.taskId()).ifPresent(node -> stuck.add(failing(streak, node)));
            }
            stuck.sort(Comparator.comparing(StuckReport.Stuck::since).thenComparing(StuckReport.Stuck::learnerId));
            var p = snapshot.project();
            return new StuckReport(new TreeView.ProjectRef(p.slug(), p.version(), p.title()), hours, failures, stuck);
        });
    }

    private static void checkBounds(int hours, int failures) {
        if (hours < 1 || hours > MAX_HOURS) {
            throw new InvalidInputException("hours", "hours must be between 1 and " + MAX_HOURS);
        }
        if (failures < 1 || failures > MAX_FAILURES) {
            throw new InvalidInputException("failures", "failures must be between 1 and " + MAX_FAILURES);
        }
    }

    /** Containers may hold a stored in-progress row (a reopened child's ancestors); only leaves are work. */
    private static Optional<Node> leaf(ProjectSnapshot snapshot, String taskId) {
        return snapshot.node(taskId).filter(Node::isLeaf);
    }

    private static StuckReport.Stuck idle(IdleTask idle, Node node, Instant now) {
        String reason = "in progress for " + duration(idle.inProgressSince(), now)
                + (idle.lastSubmissionAt() == null
                        ? " with no submission"
                        : ", last submission " + duration(idle.lastSubmissionAt(), now) + " ago");
        return new StuckReport.Stuck(
                idle.learnerId(),
                idle.name(),
                node.id(),
                node.title(),
                StuckReport.IDLE,
                reason,
                idle.inProgressSince(),
                null,
                idle.lastSubmissionAt());
    }

    private static StuckReport.Stuck failing(FailureStreak streak, Node node) {
        return new StuckReport.Stuck(
                streak.learnerId(),
                streak.name(),
                node.id(),
                node.title(),
                StuckReport.FAILING,
                "failed " + streak.failures() + " times in a row",
                streak.since(),
                streak.failures(),
                streak.latestAt());
    }

    /** A rough age in words: minutes under an hour, hours under two days, then days. */
    static String duration(Instant from, Instant to) {
        Duration d = Duration.between(from, to);
        if (d.toHours() >= 48) return plural(d.toDays(), "day");
        if (d.toHours() >= 1) return plural(d.toHours(), "hour");
        return plural(Math.max(1, d.toMinutes()), "minute");
    }

    private static String plural(long n, String unit) {
        return n + " " + unit + (n == 1 ? "" : "s");
    }
}
