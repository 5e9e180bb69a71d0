package dev.ltt.bench;

import dev.ltt.Ltt;
import dev.ltt.json.Json;
import dev.ltt.server.LttServer;
import dev.ltt.testing.TestDatabase;
import dev.ltt.people.CreateLearner;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

/**
 * The server over real HTTP on loopback with 8 concurrent clients: requests per second and p50/p99 of
 * {@code GET .../ready}, and of the start+submit loop, then {@code pgbench -S} and {@code pgbench -N} with 8
 * clients against the same PostgreSQL, in the same run (see {@link PgBench}).
 */
public final class HttpLoadBenchmark {
    static final int CLIENTS = 8;
    static final int LEARNERS_PER_CLIENT = 20;
    static final int SECONDS = Integer.getInteger("bench.seconds", 20);
    static final String ADMIN = "bench-admin-token";

    record Learner(String id, String token) {
    }

    public static void main(String[] args) throws Exception {
        try (Ltt ltt = new Ltt(TestDatabase.fresh(), ADMIN)) {
            ltt.use().ingestCurriculum.ingest(Json.write(ReadyBenchmark.curriculum()).getBytes(), false);
            List<String> leaves = ltt.use().showProjectTemplate.show("bench", java.util.OptionalInt.empty()).children().stream()
                    .flatMap(e -> e.children().stream()).flatMap(t -> t.children().stream()).map(s -> s.id()).toList();
            List<List<Learner>> learners = new ArrayList<>();
            for (int c = 0; c < CLIENTS; c++) {
                List<Learner> mine = new ArrayList<>();
                for (int i = 0; i < LEARNERS_PER_CLIENT; i++) {
                    String id = "http-" + c + "-" + i;
                    ltt.use().createLearner.create(new CreateLearner.Command(id, null, null));
                    mine.add(new Learner(id, ltt.use().issueToken.forLearner(id, null)));
                }
                learners.add(mine);
            }
            LttServer server = LttServer.create(ltt, List.of()).start("127.0.0.1", 0);
            String base = "http://127.0.0.1:" + server.port() + "/api/v1/learners/";
            HttpClient http = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).build();
            try {
                run("warm-up", 3, learners, (l, i) -> get(http, base + l.id() + "/projects/bench/ready?limit=5", l.token()));
                Result ready = run("GET ready", SECONDS, learners,
                        (l, i) -> get(http, base + l.id() + "/projects/bench/ready?limit=5", l.token()));
                int[] next = new int[CLIENTS * LEARNERS_PER_CLIENT];
                Result loop = run("start+submit", SECONDS, learners, (l, i) -> {
                    int n = index(l);
                    String task = leaves.get(next[n]++ % leaves.size());
                    post(http, base + l.id() + "/tasks/" + task + "/start", l.token(), "");
                    post(http, base + l.id() + "/tasks/" + task + "/submissions", l.token(), "{\"content\": \"done\"}");
                });
                PgBench.Result select = PgBench.run(TestDatabase.port(), "-S", CLIENTS, SECONDS);
                PgBench.Result write = PgBench.run(TestDatabase.port(), "-N", CLIENTS, SECONDS);
                System.out.printf("%n%d clients, %d s each, loopback, %s cores%n", CLIENTS, SECONDS,
                        Runtime.getRuntime().availableProcessors());
                System.out.println("GET ready (HTTP)             " + ready);
                System.out.println("start+submit loop (HTTP)     " + loop + "  (2 requests per loop)");
                System.out.println("pgbench -S (select-only)     " + select);
                System.out.println("pgbench -N (simple update)   " + write);
            } finally {
                server.stop();
            }
        }
        // the JDK HTTP client keeps a non-daemon selector thread alive; a driver that is done ends here
        System.exit(0);
    }

    static int index(Learner l) {
        String[] parts = l.id().split("-");
        return Integer.parseInt(parts[1]) * LEARNERS_PER_CLIENT + Integer.parseInt(parts[2]);
    }

    interface Call {
        void call(Learner learner, int iteration) throws Exception;
    }

    /** Per-second rate and latency figures of one load phase. */
    record Result(long operations, double seconds, Percentiles latencies) {
        @Override
        public String toString() {
            return String.format("%8.0f ops/s  %s", operations / seconds, latencies.summary());
        }
    }

    static Result run(String name, int seconds, List<List<Learner>> learners, Call call) throws Exception {
        ExecutorService pool = Executors.newFixedThreadPool(CLIENTS);
        long end = System.nanoTime() + seconds * 1_000_000_000L;
        long start = System.nanoTime();
        List<Future<Percentiles>> futures = new ArrayList<>();
        for (List<Learner> mine : learners) {
            futures.add(pool.submit(() -> {
                Percentiles p = new Percentiles(2_000_000);
                for (int i = 0; System.nanoTime() < end; i++) {
                    long t = System.nanoTime();
                    call.call(mine.get(i % mine.size()), i);
                    p.add(System.nanoTime() - t);
                }
                return p;
            }));
        }
        Percentiles all = new Percentiles(8_000_000);
        long count = 0;
        for (Future<Percentiles> f : futures) {
            Percentiles p = f.get();
            all.addAll(p);
            count += p.size();
        }
        pool.shutdown();
        return new Result(count, (System.nanoTime() - start) / 1e9, all);
    }

    static void get(HttpClient http, String url, String token) throws Exception {
        check(http.send(HttpRequest.newBuilder(URI.create(url)).header("Authorization", "Bearer " + token).GET().build(),
                HttpResponse.BodyHandlers.ofString()));
    }

    static void post(HttpClient http, String url, String token, String body) throws Exception {
        check(http.send(HttpRequest.newBuilder(URI.create(url)).header("Authorization", "Bearer " + token)
                .header("Content-Type", "application/json").POST(HttpRequest.BodyPublishers.ofString(body)).build(),
                HttpResponse.BodyHandlers.ofString()));
    }

    private static void check(HttpResponse<String> response) {
        // 409 is expected in the loop when a learner wraps around to tasks already closed: still a full round trip
        if (response.statusCode() >= 500 || response.statusCode() == 401 || response.statusCode() == 403) {
            throw new IllegalStateException("HTTP " + response.statusCode() + ": " + response.body());
        }
    }
}
