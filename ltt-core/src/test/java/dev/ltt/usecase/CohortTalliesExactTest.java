package dev.ltt.usecase;

import static dev.ltt.testing.MiniCurriculum.A;
import static dev.ltt.testing.MiniCurriculum.ALPHA;
import static dev.ltt.testing.MiniCurriculum.ALPHA_ONE;
import static dev.ltt.testing.MiniCurriculum.B;
import static dev.ltt.testing.MiniCurriculum.BETA;
import static dev.ltt.testing.MiniCurriculum.BETA_ONE;
import static dev.ltt.testing.MiniCurriculum.C;
import static dev.ltt.testing.MiniCurriculum.ROOT;
import static dev.ltt.testing.MiniCurriculum.SLUG;
import static dev.ltt.testing.MiniCurriculum.TALK;
import static dev.ltt.testing.MiniCurriculum.document;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.ltt.Ltt;
import dev.ltt.cohort.CohortProgress;
import dev.ltt.cohort.CohortView;
import dev.ltt.cohort.MasteryView;
import dev.ltt.error.LttException;
import dev.ltt.instance.CohortTallyRebuild;
import dev.ltt.instance.CohortTallyStore;
import dev.ltt.people.CreateLearner;
import dev.ltt.testing.CohortCounts;
import dev.ltt.testing.TestDatabase;
import dev.ltt.work.SubmitWork;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.OptionalInt;
import java.util.Random;
import java.util.Set;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The cohort tallies stay exact: after any mix of starts, passing and failing submissions, completions,
 * reopenings, parks and unparks, every count of the cohort view and of objective mastery equals what each
 * enrolled learner's own tree shows, added up one learner at a time; folding the tallies and rebuilding them from
 * the progress rows change nothing.
 */
class CohortTalliesExactTest {
    static final List<String> NODES = List.of(ROOT, ALPHA, ALPHA_ONE, A, B, TALK, BETA, BETA_ONE, C);
    static final List<String> LEAVES = List.of(A, B, TALK, C);
    static Ltt ltt;
    static UseCases use;
    static final Set<String> enrolled = new LinkedHashSet<>();

    @BeforeAll
    static void setUp() {
        ltt = new Ltt(TestDatabase.fresh());
        use = ltt.use();
        use.ingestCurriculum.ingest(document(), false);
    }

    @AfterAll
    static void close() {
        ltt.close();
    }

    static String learner(String id) {
        use.createLearner.create(new CreateLearner.Command(id, null, null));
        return id;
    }

    /** One random action; the ones LTT refuses (blocked, closed, not parked...) change nothing and are skipped. */
    static void act(Random random, String learner) {
        String task = NODES.get(1 + random.nextInt(NODES.size() - 1));
        String leaf = LEAVES.get(random.nextInt(LEAVES.size()));
        try {
            switch (random.nextInt(7)) {
                case 0 -> use.startTask.start(learner, leaf, learner);
                case 1, 2 -> use.submitWork.submit(learner, leaf, new SubmitWork.Command("done", null, null), learner);
                case 3 -> use.submitWork.submit(learner, leaf, new SubmitWork.Command(" ", null, null), learner);
                case 4 -> use.completeTask.complete(learner, TALK, null, learner);
                case 5 -> use.reopenTask.reopen(learner, task, "again", learner);
                default -> {
                    if (random.nextBoolean()) use.blockTask.block(learner, task, "waiting", learner);
                    else use.blockTask.unblock(learner, task, "back", learner);
                }
            }
            enrolled.add(learner);
        } catch (LttException refused) {
            // refused: nothing written, as the rules say; a failed validation still enrolls (it is stored)
            assertThat(refused.getMessage()).isNotBlank();
        }
    }

    /** Per node, how many enrolled learners see each status in their own tree: the answer the tallies must give. */
    static Map<String, Map<String, Integer>> countedOneByOne() {
        return CohortCounts.fromTrees(use, SLUG, ROOT, NODES, enrolled);
    }

    static Map<String, Map<String, Integer>> tallied() {
        CohortView view = use.cohortProgress.show(SLUG, OptionalInt.empty());
        assertThat(view.totals().learners()).isEqualTo(enrolled.size());
        return CohortCounts.of(view);
    }

    @Test
    void every_count_matches_the_learners_trees_after_random_walks() {
        Random random = new Random(11);
        List<String> learners = new ArrayList<>();
        for (int i = 0; i < 8; i++) learners.add(learner("walker-" + i));
        for (int step = 0; step < 400; step++) {
            act(random, learners.get(random.nextInt(learners.size())));
            if (step % 50 == 49) assertThat(tallied()).isEqualTo(countedOneByOne());
        }
        assertThat(tallied()).isEqualTo(countedOneByOne());
    }

    static void pass(String learner, String task) {
        use.submitWork.submit(learner, task, new SubmitWork.Command("done", null, null), learner);
        enrolled.add(learner);
    }

    /** The counts that differ between two cohort views: node to status to change. */
    static Map<String, Map<String, Integer>> changes(
            Map<String, Map<String, Integer>> before, Map<String, Map<String, Integer>> after) {
        Map<String, Map<String, Integer>> changed = new LinkedHashMap<>();
        after.forEach((node, statuses) -> statuses.forEach((status, n) -> {
            int d = n - before.get(node).get(status);
            if (d != 0)
                changed.computeIfAbsent(node, k -> new LinkedHashMap<>()).put(status, d);
        }));
        return changed;
    }

    @Test
    void closing_the_last_leaf_closes_the_containers_and_counts_the_learner_finished_and_reopening_takes_it_back() {
        String fin = learner("finisher");
        pass(fin, A);
        pass(fin, B);
        use.completeTask.complete(fin, TALK, null, fin);
        Map<String, Map<String, Integer>> before = tallied();
        int finished =
                use.cohortProgress.show(SLUG, OptionalInt.empty()).totals().finished();

        pass(fin, C);
        Map<String, Map<String, Integer>> after = tallied();
        assertThat(changes(before, after))
                .isEqualTo(Map.of(
                        C, Map.of("open", -1, "closed", 1),
                        BETA_ONE, Map.of("open", -1, "closed", 1),
                        BETA, Map.of("open", -1, "closed", 1),
                        ROOT, Map.of("in_progress", -1, "closed", 1)));
        assertThat(use.cohortProgress.show(SLUG, OptionalInt.empty()).totals().finished())
                .isEqualTo(finished + 1);

        use.reopenTask.reopen(fin, C, "once more", fin);
        Map<String, Map<String, Integer>> reopened = tallied();
        assertThat(changes(before, reopened))
                .isEqualTo(Map.of(
                        BETA_ONE, Map.of("open", -1, "in_progress", 1), // reopened ancestors go back to in progress
                        BETA, Map.of("open", -1, "in_progress", 1)));
        assertThat(use.cohortProgress.show(SLUG, OptionalInt.empty()).totals().finished())
                .isEqualTo(finished);
        assertThat(reopened).isEqualTo(countedOneByOne());
    }

    @Test
    void a_prerequisite_closing_unblocks_its_dependents_for_that_learner_only() {
        String first = learner("unblocker");
        use.startTask.start(first, A, first);
        enrolled.add(first);
        Map<String, Map<String, Integer>> before = tallied();

        pass(first, A);
        assertThat(changes(before, tallied()))
                .isEqualTo(Map.of(
                        A, Map.of("in_progress", -1, "closed", 1),
                        B, Map.of("blocked", -1, "open", 1)));
    }

    @Test
    void mastery_matches_the_leaves_each_learner_closed() {
        pass(learner("master"), A);
        Map<String, Integer> achieved = new LinkedHashMap<>(Map.of(ROOT, 0, ALPHA_ONE, 0, A, 0));
        Map<String, List<String>> leavesUnder = Map.of(ROOT, LEAVES, ALPHA_ONE, List.of(A, B, TALK), A, List.of(A));
        for (String learner : enrolled) {
            Map<String, String> status = new LinkedHashMap<>();
            for (String leaf : LEAVES)
                status.put(leaf, use.showTask.show(learner, leaf).status());
            leavesUnder.forEach((node, leaves) -> {
                if (leaves.stream().allMatch(l -> status.get(l).equals("closed")))
                    achieved.merge(node, 1, Integer::sum);
            });
        }
        MasteryView view = use.objectiveMastery.show(SLUG, OptionalInt.empty());
        assertThat(view.learners()).isEqualTo(enrolled.size());
        for (MasteryView.Objective o : view.objectives())
            assertThat(o.learners()).as(o.taskId()).isEqualTo(achieved.get(o.taskId()));
        // each level has one objective here, so learners with all of a level are those who achieved it
        assertThat(view.levels())
                .filteredOn(l -> l.objectives() > 0)
                .allSatisfy(l -> assertThat(l.learnersWithAll())
                        .isEqualTo(view.objectives().stream()
                                .filter(o -> o.level().equals(l.level()))
                                .findFirst()
                                .orElseThrow()
                                .learners()));
    }

    @Test
    void learners_come_in_pages_by_id_and_the_page_that_ends_the_list_says_so() {
        for (String id : List.of("page-a", "page-b", "page-c")) pass(learner(id), A);
        int total = use.cohortProgress.show(SLUG, OptionalInt.empty()).totals().learners();
        List<String> seen = new ArrayList<>();
        String after = null;
        do {
            CohortView page = use.cohortProgress.show(SLUG, OptionalInt.empty(), after, 2);
            assertThat(page.learners()).hasSizeLessThanOrEqualTo(2);
            page.learners().forEach(l -> seen.add(l.learnerId()));
            after = page.nextAfter();
        } while (after != null);
        assertThat(seen)
                .hasSize(total)
                .doesNotHaveDuplicates()
                .isSorted()
                .containsExactlyInAnyOrderElementsOf(enrolled);

        assertThat(use.cohortProgress
                        .show(SLUG, OptionalInt.empty(), null, total)
                        .nextAfter())
                .isNull();
        assertThat(use.cohortProgress
                        .show(SLUG, OptionalInt.empty(), null, total - 1)
                        .nextAfter())
                .isEqualTo(seen.get(total - 2));
        assertThat(use.cohortProgress
                        .show(SLUG, OptionalInt.empty(), seen.get(total - 1), 5)
                        .learners())
                .isEmpty();
        assertThatThrownBy(() -> use.cohortProgress.show(SLUG, OptionalInt.empty(), null, 0))
                .isInstanceOf(LttException.class)
                .hasMessageContaining("limit");
        assertThatThrownBy(
                        () -> use.cohortProgress.show(SLUG, OptionalInt.empty(), null, CohortProgress.MAX_LEARNERS + 1))
                .isInstanceOf(LttException.class)
                .hasMessageContaining("limit");
    }

    @Test
    void folding_the_tallies_and_rebuilding_them_from_the_rows_change_no_count() {
        Random random = new Random(5);
        List<String> learners = List.of(learner("folder-1"), learner("folder-2"), learner("folder-3"));
        for (int i = 0; i < 60; i++) act(random, learners.get(random.nextInt(learners.size())));
        Map<String, Map<String, Integer>> counts = tallied();
        MasteryView mastery = use.objectiveMastery.show(SLUG, OptionalInt.empty());
        long pk = ltt.database()
                .jdbi()
                .withHandle(h -> h.createQuery("SELECT pk FROM projects WHERE slug = 'mini'")
                        .mapTo(Long.class)
                        .one());

        ltt.database().jdbi().useTransaction(h -> new CohortTallyStore().compact(h, pk));
        assertThat(tallied()).isEqualTo(counts).isEqualTo(countedOneByOne());
        List<Integer> facts = ltt.database()
                .jdbi()
                .withHandle(
                        h -> h.createQuery("SELECT cardinality(facts) FROM cohort_tally_deltas WHERE project_pk = :pk")
                                .bind("pk", pk)
                                .mapTo(Integer.class)
                                .list());
        assertThat(facts).hasSize(1); // folded into one row
        assertThat(facts.get(0)).isLessThanOrEqualTo(NODES.size() * 5 + 6); // each fact once at most

        ltt.database().jdbi().useTransaction(h -> CohortTallyRebuild.rebuild(h, CohortTallyRebuild.snapshot(h, pk)));
        assertThat(tallied()).isEqualTo(counts);
        assertThat(use.objectiveMastery.show(SLUG, OptionalInt.empty())).isEqualTo(mastery);
    }
}
