package dev.ltt.instance;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;
import org.jdbi.v3.core.Handle;

/**
 * SQL for the instructors' views of a project version: the only instance queries besides the help queue
 * that look across learners. Each is scoped by the version's {@code project_pk}; on an instance layer sharded
 * by learner they become a fan-out to every shard, merged by the caller (the cohort stream by learner id).
 */
public final class CohortStore {
    /** Rows fetched per round trip while streaming a cohort, so memory holds one batch, not every learner. */
    static final int FETCH_SIZE = 1000;

    /** One enrolled learner of a version and their progress rows there (none when they have only enrolled). */
    public record LearnerRows(String learnerId, String name, Instant enrolledAt, List<ProgressRow> rows) {}

    /** A stored in-progress task with no state change or submission since {@code cutoff}. */
    public record IdleTask(
            String learnerId, String name, String taskId, Instant inProgressSince, Instant lastSubmissionAt) {}

    /** The failed validations since a learner last passed a task: {@code failures} in a row, the first at {@code since}. */
    public record FailureStreak(
            String learnerId, String name, String taskId, int failures, Instant since, Instant latestAt) {}

    /**
     * Every learner enrolled in the version with their progress rows, in one query ordered by learner id and
     * streamed: {@code each} receives one learner at a time.
     */
    public void forEachLearner(Handle h, long projectPk, Consumer<LearnerRows> each) {
        Grouper grouper = new Grouper(each);
        h.createQuery("""
                        SELECT e.learner_id, l.name, e.created_at,
                               p.task_id, p.status, p.status_reason, p.started_at, p.closed_at, p.updated_at
                        FROM enrollments e
                        JOIN learners l ON l.learner_id = e.learner_id
                        LEFT JOIN learner_task_progress p ON p.learner_id = e.learner_id AND p.project_pk = e.project_pk
                        WHERE e.project_pk = :project
                        ORDER BY e.learner_id
                        """)
                .bind("project", projectPk)
                .setFetchSize(FETCH_SIZE)
                .map((rs, ctx) -> row(rs, 0))
                .forEach(grouper);
        grouper.flush();
    }

    /** A page of a version's cohort: its counts (see {@link CohortTallyStore}) and up to a page of learners with their rows. */
    public record Page(CohortTallyStore.Counts counts, List<LearnerRows> learners) {}

    /**
     * In one statement, so in one snapshot: the version's enrolled count, its summed tallies, and the enrolled
     * learners after {@code after} (by id; null for the first page), at most {@code limit}, with their rows. The
     * rows carry what the view needs (status, reason, last update), not when each task was started or closed.
     */
    public Page page(Handle h, long projectPk, String after, int limit) {
        int[] enrolled = {0};
        Map<Integer, Long> beyond = new HashMap<>();
        List<LearnerRows> learners = new ArrayList<>();
        Grouper grouper = new Grouper(learners::add);
        h.createQuery(PAGE)
                .bind("project", projectPk)
                .bind("after", after == null ? "" : after)
                .bind("limit", limit)
                .map((rs, ctx) -> {
                    if (rs.getInt("part") == 1) return row(rs, 1);
                    Integer fact = rs.getObject("fact", Integer.class);
                    if (fact == null) enrolled[0] = rs.getInt("learners");
                    else beyond.put(fact, rs.getLong("learners"));
                    return null;
                })
                .forEach(row -> {
                    if (row != null) grouper.accept(row);
                });
        grouper.flush();
        return new Page(new CohortTallyStore.Counts(enrolled[0], beyond), learners);
    }

    /** The page query: the counts (as rows of part 0, see {@link CohortTallyStore#COUNTS}), then the page's rows. */
    static final String PAGE = """
            WITH page AS (
                SELECT e.learner_id, l.name, e.created_at FROM enrollments e
                JOIN learners l ON l.learner_id = e.learner_id
                WHERE e.project_pk = :project AND e.learner_id > :after
                ORDER BY e.learner_id LIMIT :limit)
            SELECT 0 AS part, NULL::text AS learner_id, NULL::text AS name, NULL::timestamptz AS enrolled_at,
                   NULL::text AS task_id, NULL::"char" AS status, NULL::text AS status_reason,
                   NULL::timestamptz AS started_at, NULL::timestamptz AS closed_at,
                   NULL::timestamptz AS updated_at, t.fact, t.learners
            FROM (%s) t
            UNION ALL
            SELECT 1, p.learner_id, p.name, p.created_at, r.task_id, r.status, r.status_reason, NULL, NULL,
                   r.updated_at, NULL, NULL
            FROM page p
            LEFT JOIN LATERAL (
                -- one index lookup per learner of the page (OFFSET 0 keeps the planner from turning this into a
                -- hash join over every learner's rows, which would grow with the cohort)
                SELECT r.task_id, r.status, r.status_reason, r.updated_at FROM learner_task_progress r
                WHERE r.learner_id = p.learner_id AND r.project_pk = :project OFFSET 0) r ON true
            ORDER BY part, learner_id
            """.formatted(CohortTallyStore.COUNTS);

    /** Stored in-progress tasks of the version whose last change and last submission are both before {@code cutoff}. */
    public List<IdleTask> idleSince(Handle h, long projectPk, Instant cutoff) {
        return h.createQuery("""
                        SELECT p.learner_id, l.name, p.task_id, p.updated_at, s.last_at
                        FROM learner_task_progress p
                        JOIN learners l ON l.learner_id = p.learner_id
                        LEFT JOIN LATERAL (
                            SELECT max(s.created_at) AS last_at FROM submissions s
                            WHERE s.learner_id = p.learner_id AND s.task_id = p.task_id
                        ) s ON true
                        WHERE p.project_pk = :project AND p.status = 'in_progress' AND p.updated_at < :cutoff
                          AND (s.last_at IS NULL OR s.last_at < :cutoff)
                        ORDER BY p.updated_at, p.learner_id, p.task_id
                        """)
                .bind("project", projectPk)
                .bind("cutoff", ProgressStore.timestamp(cutoff))
                .map((rs, ctx) -> new IdleTask(
                        rs.getString(1),
                        rs.getString(2),
                        rs.getString(3),
                        ProgressStore.instant(rs, 4),
                        ProgressStore.instant(rs, 5)))
                .list();
    }

    /**
     * Tasks of the version, not closed, whose validations since the learner's last pass (all of them when
     * never passed) are {@code minFailures} or more failures: the latest validation of each failed.
     */
    public List<FailureStreak> failureStreaks(Handle h, long projectPk, int minFailures) {
        return h.createQuery("""
                        SELECT v.learner_id, l.name, v.task_id, count(*), min(v.created_at), max(v.created_at)
                        FROM validations v
                        JOIN tasks t ON t.id = v.task_id
                        JOIN learners l ON l.learner_id = v.learner_id
                        WHERE t.project_pk = :project AND NOT v.passed
                          AND v.validation_id > coalesce((
                              SELECT max(ok.validation_id) FROM validations ok
                              WHERE ok.learner_id = v.learner_id AND ok.task_id = v.task_id AND ok.passed), 0)
                          AND NOT EXISTS (
                              SELECT 1 FROM learner_task_progress p
                              WHERE p.learner_id = v.learner_id AND p.task_id = v.task_id AND p.status = 'closed')
                        GROUP BY v.learner_id, l.name, v.task_id
                        HAVING count(*) >= :failures
                        ORDER BY min(v.created_at), v.learner_id, v.task_id
                        """)
                .bind("project", projectPk)
                .bind("failures", minFailures)
                .map((rs, ctx) -> new FailureStreak(
                        rs.getString(1),
                        rs.getString(2),
                        rs.getString(3),
                        rs.getInt(4),
                        ProgressStore.instant(rs, 5),
                        ProgressStore.instant(rs, 6)))
                .list();
    }

    /** One row of the cohort query: a learner, and one of their progress rows (null when they have none). */
    private record Row(String learnerId, String name, Instant enrolledAt, ProgressRow progress) {}

    /** The row's columns start after {@code skip} leading columns. */
    private static Row row(ResultSet rs, int skip) throws SQLException {
        String taskId = rs.getString(skip + 4);
        ProgressRow progress = taskId == null
                ? null
                : new ProgressRow(
                        taskId,
                        Status.fromStored(rs.getString(skip + 5)),
                        rs.getString(skip + 6),
                        ProgressStore.instant(rs, skip + 7),
                        ProgressStore.instant(rs, skip + 8),
                        ProgressStore.instant(rs, skip + 9));
        return new Row(rs.getString(skip + 1), rs.getString(skip + 2), ProgressStore.instant(rs, skip + 3), progress);
    }

    /** Collects the consecutive rows of one learner and hands them on when the learner changes. */
    private static final class Grouper implements Consumer<Row> {
        private final Consumer<LearnerRows> each;
        private Row first;
        private List<ProgressRow> rows = new ArrayList<>();

        Grouper(Consumer<LearnerRows> each) {
            this.each = each;
        }

        @Override
        public void accept(Row row) {
            if (first == null || !first.learnerId().equals(row.learnerId())) {
                flush();
                first = row;
            }
            if (row.progress() != null) rows.add(row.progress());
        }

        void flush() {
            if (first != null) each.accept(new LearnerRows(first.learnerId(), first.name(), first.enrolledAt(), rows));
            first = null;
            rows = new ArrayList<>();
        }
    }
}
