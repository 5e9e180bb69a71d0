package dev.ltt.bench;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.ltt.json.Json;
import java.net.ServerSocket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.stream.Stream;

/**
 * The fault driver: the real {@code ltt serve} (the built jar) on a fresh data dir under 8 concurrent writers
 * over loopback HTTP, and three faults, each on its own data dir:
 * <ol>
 *   <li>SIGKILL of every PostgreSQL process mid-load; the server's supervision starts it again;</li>
 *   <li>SIGKILL of the server JVM mid-load, then {@code ltt serve} started again on the same data dir;</li>
 *   <li>an outage: every PostgreSQL process frozen (SIGSTOP) for {@code bench.outage} seconds, then thawed.</li>
 * </ol>
 * After each, every submission answered 201 is looked for through the REST API (acknowledged / found, gapless
 * attempts, statuses). Each run also ends with a graceful stop (SIGTERM) under load, timed. Run by hand:
 * {@code mvn -q -B -pl ltt-bench -am -DskipTests -Pbench verify -Dbench.main=dev.ltt.bench.FaultDriver}
 * after building the jar ({@code ./ltt --version} or {@code mvn -q -B -DskipTests -pl ltt-cli -am package}).
 */
public final class FaultDriver {
    static final int WRITERS = 8;
    static final int LEARNERS_EACH = 4;
    static final int TASKS = 60;
    static final String ADMIN = "fault-driver-admin-token-0123456789";
    static final int LOAD_SECONDS = Integer.getInteger("bench.seconds", 10);
    static final int OUTAGE_SECONDS = Integer.getInteger("bench.outage", 10);

    private final Path jar;
    private final Path work;
    private final List<String> report = new ArrayList<>();

    private FaultDriver(Path jar, Path work) {
        this.jar = jar;
        this.work = work;
    }

    public static void main(String[] args) throws Exception {
        Path jar = Path.of(System.getProperty("bench.jar", "../ltt-cli/target/ltt.jar"))
                .toAbsolutePath()
                .normalize();
        if (!Files.exists(jar))
            throw new IllegalStateException(
                    "no " + jar + ": build it first (mvn -q -B -DskipTests -pl ltt-cli -am package)");
        Path work = Files.createTempDirectory("ltt-faults");
        FaultDriver driver = new FaultDriver(jar, work);
        try {
            String only = System.getProperty("bench.only", "abc");
            if (only.contains("a")) driver.postgresKilled();
            if (only.contains("b")) driver.serverKilled();
            if (only.contains("c")) driver.outage();
        } finally {
            System.out.printf(
                    "%n%d writers x %d learners, %d s of load around each fault, loopback, %d cores%n",
                    WRITERS, LEARNERS_EACH, LOAD_SECONDS, Runtime.getRuntime().availableProcessors());
            driver.report.forEach(System.out::println);
            System.out.println("(logs of each ltt serve are in " + work + ")");
            for (String data : List.of("pg-kill", "jvm-kill", "outage")) deleteQuietly(work.resolve(data));
        }
        System.exit(0); // the JDK HTTP client keeps a non-daemon selector thread alive
    }

    /** (a) SIGKILL of every PostgreSQL process under load; the server restarts it by itself. */
    private void postgresKilled() throws Exception {
        Path data = work.resolve("pg-kill");
        int port = freePort();
        Writers writers = writers(port);
        try (ServeProcess serve = ServeProcess.start(jar, data, port, ADMIN, work.resolve("pg-kill.log"))) {
            seed(writers);
            writers.start(WRITERS, LEARNERS_EACH);
            Thread.sleep(LOAD_SECONDS * 1000L);
            long before = serve.postmasterPid();
            serve.signalPostgres("KILL");
            long killed = System.nanoTime(); // once kill(1) has returned: every PostgreSQL process is gone
            Duration back = awaitCreated(writers, killed);
            Thread.sleep(LOAD_SECONDS * 1000L);
            report.add(String.format(
                    "(a) PostgreSQL SIGKILL: first 201 again %s after the kill (new postmaster: %s); "
                            + "requests sent from the kill until then: %s",
                    recovery(back),
                    postmasterChanged(serve, before),
                    Outage.of(writers.answers, killed, killed + back.toNanos())));
            finish(serve, writers, data, port, "(a)");
        }
    }

    /** (b) SIGKILL of the server JVM under load, then ltt serve again on the same data dir and port. */
    private void serverKilled() throws Exception {
        Path data = work.resolve("jvm-kill");
        int port = freePort();
        Writers writers = writers(port);
        try (ServeProcess first = ServeProcess.start(jar, data, port, ADMIN, work.resolve("jvm-kill.log"))) {
            seed(writers);
            writers.start(WRITERS, LEARNERS_EACH);
            Thread.sleep(LOAD_SECONDS * 1000L);
            first.killJvm();
            long killed = System.nanoTime();
            try (ServeProcess again = ServeProcess.start(jar, data, port, ADMIN, work.resolve("jvm-kill-2.log"))) {
                Duration started = ServeProcess.since(killed);
                Duration back = awaitCreated(writers, killed);
                Thread.sleep(LOAD_SECONDS * 1000L);
                report.add(String.format(
                        "(b) server JVM SIGKILL: serving again (first 201) %s after the kill, of which "
                                + "%.1f s for the new ltt serve to start (JVM, orphaned PostgreSQL stopped, started again); "
                                + "requests sent between its start and the first 201: %s",
                        recovery(back),
                        seconds(started),
                        Outage.of(writers.answers, killed + started.toNanos(), killed + back.toNanos())));
                finish(again, writers, data, port, "(b)");
            }
        }
    }

    /** (c) every PostgreSQL process frozen under load: answers must be 503 within 5 s, none 500, none hung. */
    private void outage() throws Exception {
        Path data = work.resolve("outage");
        int port = freePort();
        Writers writers = writers(port);
        try (ServeProcess serve = ServeProcess.start(jar, data, port, ADMIN, work.resolve("outage.log"))) {
            seed(writers);
            writers.start(WRITERS, LEARNERS_EACH);
            Thread.sleep(LOAD_SECONDS * 1000L);
            serve.signalPostgres("STOP");
            long stopped = System.nanoTime(); // once kill(1) has returned: every PostgreSQL process is frozen
            Thread.sleep(OUTAGE_SECONDS * 1000L);
            long thawed = System.nanoTime();
            serve.signalPostgres("CONT");
            Duration back = awaitCreated(writers, thawed);
            Thread.sleep(LOAD_SECONDS * 1000L);
            Outage during = Outage.of(writers.answers, stopped, thawed);
            report.add("(c) outage of " + OUTAGE_SECONDS + " s (SIGSTOP), requests sent while frozen: " + during);
            report.add(String.format(
                    "(c) time to recover: first 201 %s after SIGCONT, without restarting the server; "
                            + "answers to requests sent in the 5 s after SIGCONT: %s",
                    recovery(back),
                    Outage.of(writers.answers, thawed, thawed + 5_000_000_000L).statuses()));
            finish(serve, writers, data, port, "(c)");
        }
    }

    /** Graceful stop under load (timed), then the server once more to check every acknowledged submission. */
    private void finish(ServeProcess serve, Writers writers, Path data, int port, String label) throws Exception {
        Duration stop = serve.terminate();
        writers.stop();
        report.add(String.format("%s graceful stop (SIGTERM) under load: %.1f s", label, seconds(stop)));
        try (ServeProcess check =
                ServeProcess.start(jar, data, port, ADMIN, work.resolve("check-" + data.getFileName() + ".log"))) {
            report.add(label + " " + Ledger.check(writers, writers.ledger.values()));
        }
    }

    private Writers writers(int port) {
        List<String> tasks = new ArrayList<>();
        for (int t = 1; t <= TASKS; t++) tasks.add("faults@v1.1." + t);
        return new Writers("http://127.0.0.1:" + port, ADMIN, tasks);
    }

    private static void seed(Writers client) {
        ObjectNode curriculum =
                Json.object().put("project_id", "faults").put("version", 1).put("title", "Faults");
        ArrayNode tasks = curriculum
                .putArray("epics")
                .addObject()
                .put("title", "Everything")
                .putArray("tasks");
        for (int t = 1; t <= TASKS; t++) {
            tasks.addObject()
                    .put("title", "Task " + t)
                    .put("description", "Answer 'pass'.")
                    .putObject("validation")
                    .put("type", "exact")
                    .put("expected", "pass");
        }
        require(client.send("POST", "/api/v1/projects", Json.write(curriculum)), 201);
        for (int w = 0; w < WRITERS; w++) {
            for (int l = 0; l < LEARNERS_EACH; l++) {
                require(client.send("POST", "/api/v1/learners", "{\"id\": \"w" + w + "-" + l + "\"}"), 201);
            }
        }
    }

    private static void require(Writers.Reply reply, int status) {
        if (reply.status() != status)
            throw new IllegalStateException("seeding answered " + reply.status() + ": " + reply.body());
    }

    static final Duration GIVE_UP = Duration.ofSeconds(60);

    /**
     * Waits (at most {@link #GIVE_UP}) for a submission sent after {@code since} to be answered 201: the time from
     * {@code since} to that answer, or {@link #GIVE_UP} when service never came back by itself.
     */
    private static Duration awaitCreated(Writers writers, long since) throws InterruptedException {
        long deadline = since + GIVE_UP.toNanos();
        while (writers.firstCreatedSentAfter(since).isEmpty()) {
            if (System.nanoTime() > deadline) return GIVE_UP;
            Thread.sleep(50);
        }
        return Duration.ofNanos(writers.firstCreatedSentAfter(since).getAsLong() - since);
    }

    private static String recovery(Duration back) {
        return back.equals(GIVE_UP)
                ? "NOT within " + GIVE_UP.toSeconds() + " s (service did not come back by itself)"
                : String.format("%.2f s", seconds(back));
    }

    private static String postmasterChanged(ServeProcess serve, long before) {
        try {
            return serve.postmasterPid() != before ? "yes" : "no";
        } catch (Exception e) {
            return "none running";
        }
    }

    private static double seconds(Duration d) {
        return d.toMillis() / 1000.0;
    }

    private static int freePort() throws Exception {
        try (ServerSocket socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        }
    }

    static void deleteQuietly(Path dir) {
        try (Stream<Path> files = Files.walk(dir)) {
            files.sorted(Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
        } catch (Exception e) {
            // best effort: it is a temp dir
        }
    }
}
