package dev.ltt.usecase;

import static dev.ltt.testing.MiniCurriculum.A;
import static dev.ltt.testing.MiniCurriculum.ALPHA;
import static dev.ltt.testing.MiniCurriculum.ALPHA_ONE;
import static dev.ltt.testing.MiniCurriculum.B;
import static dev.ltt.testing.MiniCurriculum.TALK;
import static dev.ltt.testing.MiniCurriculum.document;
import static org.assertj.core.api.Assertions.assertThat;

import dev.ltt.Ltt;
import dev.ltt.error.LttException;
import dev.ltt.instance.Status;
import dev.ltt.people.CreateLearner;
import dev.ltt.testing.TestDatabase;
import dev.ltt.work.SubmitWork;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.stream.IntStream;
import org.jdbi.v3.core.Jdbi;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** 32 threads race start / submit / reopen on one learner and one task: nothing is duplicated, lost or half-applied. */
class ConcurrentLearnerCallsTest {
    static final int THREADS = 32;
    static final int CALLS_PER_THREAD = 12;
    static Ltt ltt;

    @BeforeAll
    static void open() {
        ltt = new Ltt(TestDatabase.fresh());
        ltt.use().ingestCurriculum.ingest(document(), false);
        ltt.use().createLearner.create(new CreateLearner.Command("racer", null, null));
        // close a-leaf, then b-leaf (which needs a) and talk: then a is the leaf whose closing closes task and epic
        ltt.use().submitWork.submit("racer", A, new SubmitWork.Command("x", null, null), "racer");
        ltt.use().submitWork.submit("racer", B, new SubmitWork.Command("x", null, null), "racer");
        ltt.use().completeTask.complete("racer", TALK, null, "racer");
        ltt.use().reopenTask.reopen("racer", A, "race on it", "racer");
    }

    @AfterAll
    static void close() {
        ltt.close();
    }

    @Test
    void racing_start_submit_and_reopen_leave_no_duplicate_gapless_attempts_and_a_consistent_tree() throws Exception {
        ConcurrentLinkedQueue<Long> accepted = new ConcurrentLinkedQueue<>();
        CountDownLatch go = new CountDownLatch(1);
        ExecutorService pool = Executors.newFixedThreadPool(THREADS);
        List<Future<?>> futures = new ArrayList<>();
        for (int t = 0; t < THREADS; t++) {
            Random random = new Random(t);
            futures.add(pool.submit(() -> {
                go.await();
                for (int i = 0; i < CALLS_PER_THREAD; i++) call(random.nextInt(4), accepted);
                return null;
            }));
        }
        go.countDown();
        for (Future<?> f : futures) f.get(120, TimeUnit.SECONDS);
        pool.shutdown();

        Jdbi jdbi = ltt.database().jdbi();
        List<Map<String, Object>> rows =
                jdbi.withHandle(h -> h.createQuery("""
                SELECT task_id, count(*) AS n FROM learner_task_progress WHERE learner_id = 'racer' GROUP BY task_id
                """).mapToMap().list());
        assertThat(rows)
                .allSatisfy(r -> assertThat(((Number) r.get("n")).intValue()).isEqualTo(1));

        List<Integer> attempts = jdbi.withHandle(
                h -> h.createQuery("""
                SELECT attempt_number FROM submissions WHERE learner_id = 'racer' AND task_id = :task ORDER BY 1
                """).bind("task", A).mapTo(Integer.class).list());
        assertThat(accepted).as("submissions accepted during the race").isNotEmpty();
        assertThat(attempts)
                .isEqualTo(IntStream.rangeClosed(1, attempts.size()).boxed().toList());
        List<Long> stored = jdbi.withHandle(
                h -> h.createQuery("""
                SELECT submission_id FROM submissions WHERE learner_id = 'racer' AND task_id = :task AND attempt_number > 1
                """).bind("task", A).mapTo(Long.class).list());
        assertThat(stored).containsExactlyInAnyOrderElementsOf(accepted);
        int validations = jdbi.withHandle(
                h -> h.createQuery("""
                SELECT count(*) FROM validations WHERE learner_id = 'racer' AND task_id = :task
                """).bind("task", A).mapTo(Integer.class).one());
        assertThat(validations).isEqualTo(attempts.size());

        String leaf = ltt.use().showTask.show("racer", A).status();
        String task = ltt.use().showTask.show("racer", ALPHA_ONE).status();
        String epic = ltt.use().showTask.show("racer", ALPHA).status();
        if (leaf.equals("closed")) {
            assertThat(List.of(task, epic)).containsOnly("closed");
        } else {
            assertThat(List.of(task, epic)).doesNotContain("closed");
        }
        List<String> lastEvents = jdbi.withHandle(
                h -> h.createQuery("""
                SELECT DISTINCT ON (task_id) to_status FROM events WHERE learner_id = 'racer' AND task_id = :task
                ORDER BY task_id, event_id DESC
                """).bind("task", A).mapTo(String.class).list());
        String storedStatus = jdbi.withHandle(h -> h.createQuery("""
                SELECT status FROM learner_task_progress WHERE learner_id = 'racer' AND task_id = :task
                """)
                .bind("task", A)
                .map((rs, ctx) -> Status.fromStored(rs.getString(1)).key())
                .one());
        assertThat(lastEvents).containsExactly(storedStatus);
    }

    private static void call(int kind, ConcurrentLinkedQueue<Long> accepted) {
        try {
            switch (kind) {
                case 0 -> ltt.use().startTask.start("racer", A, "racer");
                case 1, 2 ->
                    accepted.add(ltt.use()
                            .submitWork
                            .submit("racer", A, new SubmitWork.Command(kind == 1 ? "answer" : " ", null, null), "racer")
                            .submissionId());
                default -> ltt.use().reopenTask.reopen("racer", A, "again", "racer");
            }
        } catch (LttException expected) {
            // refused by the rules (closed, not closed): fine, it must simply change nothing
        }
    }
}
