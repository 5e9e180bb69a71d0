package dev.ltt.server.cluster;

import static dev.ltt.server.testing.TestServer.ADMIN_TOKEN;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import com.fasterxml.jackson.databind.JsonNode;
import dev.ltt.server.testing.Http;
import dev.ltt.server.testing.TestServer;
import dev.ltt.testing.MiniCurriculum;
import dev.ltt.testing.TestDatabase;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
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

/**
 * Two LTT servers, each with its own engine (pool, caches, invalidation listener), on ONE PostgreSQL
 * database, as two {@code ltt serve} behind a load balancer: what one changes the other sees within a
 * second, and racing writes through both keep the guarantees of one.
 */
class TwoServersOneDatabaseTest {
    static final Duration WITHIN = Duration.ofSeconds(1);
    static TestServer one;
    static TestServer two;

    @BeforeAll
    static void start() {
        String database = TestDatabase.freshName();
        one = TestServer.onDatabase(database);
        two = TestServer.onDatabase(database);
        assertThat(one.http
                        .post("/api/v1/projects", ADMIN_TOKEN, MiniCurriculum.document())
                        .status())
                .isEqualTo(201);
        for (String learner : List.of("ada", "racer")) {
            assertThat(one.http
                            .post("/api/v1/learners", ADMIN_TOKEN, "{\"id\": \"" + learner + "\"}")
                            .status())
                    .isEqualTo(201);
        }
    }

    @AfterAll
    static void stop() {
        if (two != null) two.close();
        if (one != null) one.close();
    }

    @Test
    void a_token_revoked_on_one_server_is_refused_by_the_other_within_a_second() {
        JsonNode issued =
                one.http.post("/api/v1/learners/ada/tokens", ADMIN_TOKEN, "{}").json();
        String token = issued.get("token").asText();
        String progress = "/api/v1/learners/ada/projects/" + MiniCurriculum.SLUG + "/progress";
        assertThat(two.http.get(progress, token).status())
                .as("the other server knows (and caches) it")
                .isEqualTo(200);
        assertThat(two.http.get(progress, token).status()).isEqualTo(200);
        long id = one.http
                .get("/api/v1/learners/ada/tokens", ADMIN_TOKEN)
                .json()
                .get(0)
                .get("id")
                .asLong();

        assertThat(one.http
                        .send("DELETE", "/api/v1/tokens/" + id, ADMIN_TOKEN, null)
                        .status())
                .isEqualTo(200);

        long revoked = System.nanoTime();
        assertThat(one.http.get(progress, token).status())
                .as("the revoking server refuses it at once")
                .isEqualTo(401);
        await().atMost(WITHIN)
                .pollInterval(Duration.ofMillis(20))
                .until(() -> two.http.get(progress, token).status() == 401);
        System.out.printf(
                "revocation seen by the other server after %d ms (at most %d allowed)%n",
                (System.nanoTime() - revoked) / 1_000_000, WITHIN.toMillis());
    }

    @Test
    void a_template_text_edit_on_one_server_is_seen_by_the_other_within_a_second() {
        String task = "/api/v1/learners/ada/tasks/" + MiniCurriculum.C;
        String before = two.http.get(task, ADMIN_TOKEN).json().get("title").asText();
        assertThat(two.http
                        .get("/api/v1/projects/" + MiniCurriculum.SLUG, ADMIN_TOKEN)
                        .status())
                .isEqualTo(200);

        Http.Response edit = one.http.patch(
                "/api/v1/tasks/" + MiniCurriculum.C, ADMIN_TOKEN, "{\"title\": \"Renamed on server one\"}");
        assertThat(edit.status()).as(edit.text()).isEqualTo(200);

        assertThat(before).isNotEqualTo("Renamed on server one");
        long edited = System.nanoTime();
        await().atMost(WITHIN)
                .pollInterval(Duration.ofMillis(20))
                .until(() -> two.http
                        .get(task, ADMIN_TOKEN)
                        .json()
                        .get("title")
                        .asText()
                        .equals("Renamed on server one"));
        System.out.printf(
                "template edit seen by the other server after %d ms (at most %d allowed)%n",
                (System.nanoTime() - edited) / 1_000_000, WITHIN.toMillis());
        assertThat(two.http
                        .get("/api/v1/projects/" + MiniCurriculum.SLUG, ADMIN_TOKEN)
                        .text())
                .contains("Renamed on server one");
    }

    @Test
    void thirty_two_racing_submissions_split_across_both_servers_give_gapless_attempts_and_no_duplicate_rows()
            throws Exception {
        String token = one.http
                .post("/api/v1/learners/racer/tokens", ADMIN_TOKEN, "{}")
                .json()
                .get("token")
                .asText();
        String path = "/api/v1/learners/racer/tasks/" + MiniCurriculum.A + "/submissions";
        CountDownLatch go = new CountDownLatch(1);
        ExecutorService pool = Executors.newFixedThreadPool(32);
        List<Future<Integer>> statuses = new ArrayList<>();
        for (int i = 0; i < 32; i++) {
            TestServer server = i % 2 == 0 ? one : two;
            // a blank answer fails validation, so the leaf stays open and every submission is a new attempt
            statuses.add(pool.submit(() -> {
                go.await();
                return server.http.post(path, token, "{\"content\": \" \"}").status();
            }));
        }
        go.countDown();
        for (Future<Integer> status : statuses)
            assertThat(status.get(60, TimeUnit.SECONDS)).isEqualTo(201);
        pool.shutdown();

        Jdbi jdbi = one.ltt.database().jdbi();
        List<Integer> attempts = jdbi.withHandle(h -> h.createQuery("""
                SELECT attempt_number FROM submissions WHERE learner_id = 'racer' AND task_id = :task ORDER BY 1
                """)
                .bind("task", MiniCurriculum.A)
                .mapTo(Integer.class)
                .list());
        assertThat(attempts).isEqualTo(IntStream.rangeClosed(1, 32).boxed().toList());
        int progressRows = jdbi.withHandle(h -> h.createQuery("""
                SELECT count(*) FROM learner_task_progress WHERE learner_id = 'racer' AND task_id = :task
                """)
                .bind("task", MiniCurriculum.A)
                .mapTo(Integer.class)
                .one());
        assertThat(progressRows).isEqualTo(1);
        int validations = jdbi.withHandle(h -> h.createQuery("""
                SELECT count(*) FROM validations WHERE learner_id = 'racer' AND task_id = :task
                """)
                .bind("task", MiniCurriculum.A)
                .mapTo(Integer.class)
                .one());
        assertThat(validations).isEqualTo(32);
        int enrollments =
                jdbi.withHandle(h -> h.createQuery("SELECT count(*) FROM enrollments WHERE learner_id = 'racer'")
                        .mapTo(Integer.class)
                        .one());
        assertThat(enrollments).isEqualTo(1);
    }
}
