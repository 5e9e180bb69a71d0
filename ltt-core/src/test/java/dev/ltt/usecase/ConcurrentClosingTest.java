package dev.ltt.usecase;

import static dev.ltt.testing.MiniCurriculum.A;
import static dev.ltt.testing.MiniCurriculum.ALPHA;
import static dev.ltt.testing.MiniCurriculum.ALPHA_ONE;
import static dev.ltt.testing.MiniCurriculum.B;
import static dev.ltt.testing.MiniCurriculum.TALK;
import static dev.ltt.testing.MiniCurriculum.document;
import static org.assertj.core.api.Assertions.assertThat;

import dev.ltt.Ltt;
import dev.ltt.people.CreateLearner;
import dev.ltt.testing.TestDatabase;
import dev.ltt.work.SubmitWork;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Two writes of one learner that each close the last-but-one open part of a container, at the same moment: the
 * one that takes the learner's lock second must read the rows the first committed while it waited (the lock and
 * the read go in one round trip, as two statements), so the container closes, and closes once.
 */
class ConcurrentClosingTest {
    static final int LEARNERS = 24;
    static Ltt ltt;

    @BeforeAll
    static void open() {
        ltt = new Ltt(TestDatabase.fresh());
        ltt.use().ingestCurriculum.ingest(document(), false);
        for (int i = 0; i < LEARNERS; i++) {
            String learner = "closer-" + i;
            ltt.use().createLearner.create(new CreateLearner.Command(learner, null, null));
            // b-leaf needs a-leaf: close both, then reopen a-leaf, so a-leaf and talk are the open parts of Alpha one
            submit(learner, A);
            submit(learner, B);
            ltt.use().reopenTask.reopen(learner, A, "again", learner);
        }
    }

    @AfterAll
    static void close() {
        ltt.close();
    }

    @Test
    void the_last_two_parts_closing_at_once_close_their_container_exactly_once() throws Exception {
        ExecutorService pool = Executors.newFixedThreadPool(2);
        try {
            for (int i = 0; i < LEARNERS; i++) {
                String learner = "closer-" + i;
                CountDownLatch go = new CountDownLatch(1);
                CompletableFuture<?> submit = CompletableFuture.runAsync(
                        () -> {
                            await(go);
                            submit(learner, A);
                        },
                        pool);
                CompletableFuture<?> complete = CompletableFuture.runAsync(
                        () -> {
                            await(go);
                            ltt.use().completeTask.complete(learner, TALK, null, learner);
                        },
                        pool);
                go.countDown();
                CompletableFuture.allOf(submit, complete).get(30, TimeUnit.SECONDS);
            }
        } finally {
            pool.shutdown();
        }
        for (int i = 0; i < LEARNERS; i++) {
            String learner = "closer-" + i;
            assertThat(List.of(ALPHA_ONE, ALPHA))
                    .as(learner)
                    .allSatisfy(id -> assertThat(
                                    ltt.use().showTask.show(learner, id).status())
                            .isEqualTo("closed"));
            int closings = ltt.database()
                    .jdbi()
                    .withHandle(h -> h.createQuery("""
                                    SELECT count(*) FROM events
                                    WHERE learner_id = :learner AND task_id = :task AND to_status = 'closed'
                                    """)
                            .bind("learner", learner)
                            .bind("task", ALPHA_ONE)
                            .mapTo(Integer.class)
                            .one());
            assertThat(closings).as(learner + ": Alpha one's closings").isEqualTo(1);
        }
    }

    private static void submit(String learner, String task) {
        ltt.use().submitWork.submit(learner, task, new SubmitWork.Command("done", null, null), learner);
    }

    private static void await(CountDownLatch go) {
        try {
            go.await();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
