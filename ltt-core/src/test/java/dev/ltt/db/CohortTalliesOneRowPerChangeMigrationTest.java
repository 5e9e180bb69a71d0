package dev.ltt.db;

import static dev.ltt.testing.MiniCurriculum.A;
import static dev.ltt.testing.MiniCurriculum.C;
import static dev.ltt.testing.MiniCurriculum.ROOT;
import static dev.ltt.testing.MiniCurriculum.SLUG;
import static dev.ltt.testing.MiniCurriculum.document;
import static org.assertj.core.api.Assertions.assertThat;

import dev.ltt.Ltt;
import dev.ltt.cohort.CohortView;
import dev.ltt.people.CreateLearner;
import dev.ltt.testing.CohortCounts;
import dev.ltt.testing.TestDatabase;
import dev.ltt.work.SubmitWork;
import java.util.List;
import java.util.Map;
import java.util.OptionalInt;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * V27 gives the cohort tallies one row per change (facts and differences side by side) and V28 rebuilds them from
 * the learners' progress rows: a database at V26, whose tallies were rows per fact (here: rows loaded without
 * tallies, plus a stray fact row that the rebuild must not keep), comes out with exact counts, one row for the
 * version, and the writes after it keep the counts exact.
 */
class CohortTalliesOneRowPerChangeMigrationTest {
    private static final List<String> LEARNERS = List.of("ann", "bob", "cy");

    /** Rows as a V26 server kept them (a one-letter status), loaded without the tallies a change would append. */
    private static final String V26_ROWS = """
            WITH rows (learner_id, task_id, status, status_reason) AS (VALUES
                ('ann', 'mini@v1.1.1.1', 'closed', NULL),
                ('ann', 'mini@v1.1.1.2', 'closed', NULL),
                ('bob', 'mini@v1.1.1.1', 'in_progress', NULL),
                ('cy', 'mini@v1.2.1.1', 'blocked', 'waiting for the data')),
            enrolled AS (
                INSERT INTO enrollments (learner_id, slug, project_pk)
                SELECT DISTINCT r.learner_id, p.slug, p.pk FROM rows r CROSS JOIN projects p WHERE p.slug = :slug)
            INSERT INTO learner_task_progress (learner_id, task_id, project_pk, status, status_reason)
            SELECT r.learner_id, r.task_id, t.project_pk, CAST(r.status AS "char"), r.status_reason
            FROM rows r JOIN tasks t ON t.id = r.task_id""";

    static Database db;
    static Ltt ltt;
    static Map<String, Map<String, Integer>> migrated, fromTrees;
    static List<Integer> factsPerRow;

    @BeforeAll
    static void tallies_of_v26_then_migrated() {
        db = TestDatabase.connect(TestDatabase.emptyDatabase(), 4);
        Migrations.migrateTo(db.dataSource(), "26");
        ltt = new Ltt(db);
        ltt.use().ingestCurriculum.ingest(document(), false);
        for (String learner : LEARNERS) ltt.use().createLearner.create(new CreateLearner.Command(learner, null, null));
        db.jdbi().useHandle(h -> {
            h.createUpdate(V26_ROWS).bind("slug", SLUG).execute();
            h.execute("""
                    INSERT INTO cohort_tally_deltas (project_pk, fact, learners)
                    SELECT pk, 3, 7 FROM projects WHERE slug = ?""", SLUG);
        });
        Migrations.migrate(db.dataSource());
        migrated = kept();
        fromTrees = countedFromTrees();
        factsPerRow = db.jdbi()
                .withHandle(h -> h.createQuery("SELECT cardinality(facts) FROM cohort_tally_deltas")
                        .mapTo(Integer.class)
                        .list());
    }

    @AfterAll
    static void close() {
        ltt.close();
    }

    @Test
    void the_counts_are_rebuilt_from_the_rows_into_one_row_for_the_version() {
        assertThat(migrated).isEqualTo(fromTrees);
        assertThat(migrated.get(A)).isEqualTo(Map.of("open", 1, "in_progress", 1, "blocked", 0, "closed", 1));
        assertThat(migrated.get(C).get("blocked")).isEqualTo(3); // cy blocked it; the others wait on its dependency
        assertThat(factsPerRow).hasSize(1);
        assertThat(factsPerRow.get(0)).isPositive();
    }

    @Test
    void changes_after_the_migration_append_one_row_each_and_keep_the_counts_exact() {
        int before = deltaRows();
        ltt.use().submitWork.submit("bob", A, new SubmitWork.Command("done", null, null), "bob");
        ltt.use().startTask.start("cy", A, "cy");
        assertThat(deltaRows()).isEqualTo(before + 2);
        assertThat(kept()).isEqualTo(countedFromTrees());
    }

    private static int deltaRows() {
        return db.jdbi()
                .withHandle(h -> h.createQuery("SELECT count(*) FROM cohort_tally_deltas")
                        .mapTo(Integer.class)
                        .one());
    }

    /** Per node, how many learners the cohort view counts with each status. */
    private static Map<String, Map<String, Integer>> kept() {
        CohortView view = ltt.use().cohortProgress.show(SLUG, OptionalInt.empty());
        assertThat(view.totals().learners()).isEqualTo(LEARNERS.size());
        return CohortCounts.of(view);
    }

    /** The same, counted from each learner's own tree. */
    private static Map<String, Map<String, Integer>> countedFromTrees() {
        return CohortCounts.fromTrees(ltt.use(), SLUG, ROOT, List.copyOf(kept().keySet()), LEARNERS);
    }
}
