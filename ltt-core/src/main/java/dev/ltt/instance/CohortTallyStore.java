package dev.ltt.instance;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicLong;
import org.jdbi.v3.core.Handle;

/**
 * SQL for the cohort tallies (see {@link CohortFacts}): per project version, how many enrolled learners each fact
 * holds for beyond the baseline, kept as rows of differences. A change appends its differences in the same
 * transaction as the change, as one row of facts and differences side by side ({@link StateChangeStore}; an
 * insert: no row is shared between writers, so learners never wait for each other here); a read sums them; now and
 * then a writer folds a version's rows into one, so the rows stay few whatever the number of learners and changes.
 */
public final class CohortTallyStore {
    /** A writer compacts after this many appends in this process. */
    static final int COMPACT_EVERY = 1_000;

    private final AtomicLong appends = new AtomicLong();

    /** The counts of one version: its enrolled learners and, per fact, learners beyond the baseline. */
    public record Counts(int enrolled, Map<Integer, Long> beyondBaseline) {
        public long beyond(int fact) {
            return beyondBaseline.getOrDefault(fact, 0L);
        }
    }

    /** Counts an append of differences (written by {@link StateChangeStore}); every so often folds the version's rows. */
    void appended(Handle h, long projectPk) {
        if (appends.incrementAndGet() % COMPACT_EVERY == 0) compact(h, projectPk);
    }

    /**
     * Folds the version's rows into one (dropping facts back at the baseline), unless another
     * transaction is compacting it right now. Writers only insert, so rows committed meanwhile are kept as they are.
     */
    public void compact(Handle h, long projectPk) {
        boolean mine = h.createQuery("SELECT pg_try_advisory_xact_lock(hashtext('cohort_tally_deltas'), :project)")
                .bind("project", (int) projectPk)
                .mapTo(Boolean.class)
                .one();
        if (!mine) return;
        h.createUpdate(FOLD).bind("project", projectPk).execute();
    }

    /**
     * Replaces the version's tallies with {@code beyondBaseline}, computed by the caller from every learner's rows.
     * Holds writers' appends back until the caller's transaction ends, so none is lost or counted twice: a
     * change committed before the lock is in the rows the caller reads afterwards; one not yet committed appends
     * after the rebuild commits.
     */
    public void lockForRebuild(Handle h, long projectPk) {
        h.execute("LOCK TABLE cohort_tally_deltas IN EXCLUSIVE MODE");
        h.createUpdate("DELETE FROM cohort_tally_deltas WHERE project_pk = :project")
                .bind("project", projectPk)
                .execute();
    }

    public void insertRebuilt(Handle h, long projectPk, Map<Integer, Long> beyondBaseline) {
        List<Integer> facts = new ArrayList<>();
        List<Long> counts = new ArrayList<>();
        beyondBaseline.forEach((fact, n) -> {
            if (n != 0) {
                facts.add(fact);
                counts.add(n);
            }
        });
        h.createUpdate(INSERT)
                .bind("project", projectPk)
                .bind("facts", facts.stream().mapToInt(Integer::intValue).toArray())
                .bind("counts", counts.stream().mapToInt(Long::intValue).toArray())
                .execute();
    }

    /** The version's enrolled learners and its summed tallies, in one statement (one snapshot). */
    public Counts counts(Handle h, long projectPk) {
        int[] enrolled = {0};
        Map<Integer, Long> beyond = new HashMap<>();
        h.createQuery(COUNTS)
                .bind("project", projectPk)
                .map((rs, ctx) -> {
                    Integer fact = rs.getObject(1, Integer.class);
                    if (fact == null) enrolled[0] = rs.getInt(2);
                    else beyond.put(fact, rs.getLong(2));
                    return fact;
                })
                .forEach(f -> {});
        return new Counts(enrolled[0], beyond);
    }

    /** The enrolled count comes as the row whose fact is null. */
    static final String COUNTS = """
            SELECT NULL::integer AS fact, count(*) AS learners FROM enrollments WHERE project_pk = :project
            UNION ALL
            SELECT t.fact, sum(t.learners)
            FROM cohort_tally_deltas d CROSS JOIN unnest(d.facts, d.learners) AS t(fact, learners)
            WHERE d.project_pk = :project
            GROUP BY t.fact
            """;

    /** A change's facts and their differences as one row; no row when the change moved no fact. */
    static final String INSERT = """
            INSERT INTO cohort_tally_deltas (project_pk, facts, learners)
            SELECT :project, CAST(:facts AS integer[]), CAST(:counts AS integer[])
            WHERE cardinality(CAST(:facts AS integer[])) > 0
            """;

    /** The version's rows, summed into one (facts back at the baseline left out). */
    private static final String FOLD = """
            WITH folded AS (
                DELETE FROM cohort_tally_deltas WHERE project_pk = :project RETURNING facts, learners),
            summed AS (
                SELECT t.fact, CAST(sum(t.learners) AS integer) AS learners
                FROM folded CROSS JOIN unnest(folded.facts, folded.learners) AS t(fact, learners)
                GROUP BY t.fact
                HAVING sum(t.learners) <> 0)
            INSERT INTO cohort_tally_deltas (project_pk, facts, learners)
            SELECT :project, array_agg(fact ORDER BY fact), array_agg(learners ORDER BY fact) FROM summed
            HAVING count(*) > 0
            """;
}
