package dev.ltt.cli;

import dev.ltt.Ltt;
import dev.ltt.db.Database;
import dev.ltt.db.EmbeddedServer;
import dev.ltt.error.InvalidInputException;
import dev.ltt.server.LttServer;
import dev.ltt.server.web.WebUi;
import io.javalin.util.JavalinBindException;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.function.Consumer;

/**
 * What {@code ltt serve} runs: the database (the embedded PostgreSQL unless LTT_DATABASE_URL names
 * another), the engine, and the HTTP server. {@link #close} stops them in reverse order: first the HTTP
 * server, letting requests in flight finish, then the engine and the database, so every committed write is
 * on disk. Close is idempotent and may come from a shutdown hook.
 */
final class RunningServer implements AutoCloseable {
    private final Ltt ltt;
    private final LttServer http;
    private final CountDownLatch stopped = new CountDownLatch(1);
    private final AtomicBoolean closing = new AtomicBoolean();
    private volatile StopTimes stopTimes;

    private RunningServer(Ltt ltt, LttServer http) {
        this.ltt = ltt;
        this.http = http;
    }

    /** Opens the database, runs {@code beforeListening} on the engine (the demo setup), then listens. */
    static RunningServer start(ServeSettings settings, String adminToken, Consumer<Ltt> beforeListening) {
        EmbeddedServer.declareRole(EmbeddedServer.Role.SERVER);
        Ltt ltt = new Ltt(Database.open(settings.database()), adminToken);
        try {
            beforeListening.accept(ltt);
            return new RunningServer(ltt, listen(ltt, settings));
        } catch (RuntimeException e) {
            ltt.close();
            throw e;
        }
    }

    private static LttServer listen(Ltt ltt, ServeSettings settings) {
        LttServer server = LttServer.create(ltt, List.of(WebUi.extension(ltt))); // the web UI for people
        try {
            return server.start(settings.host(), settings.port());
        } catch (JavalinBindException e) {
            server.stop();
            throw new InvalidInputException(
                    "--port",
                    "cannot listen on " + settings.host() + ":" + settings.port() + " (" + e.getMessage()
                            + "): stop what uses that port, or choose another with --port or LTT_PORT");
        }
    }

    Ltt ltt() {
        return ltt;
    }

    int port() {
        return http.port();
    }

    /** Blocks until {@link #close} has finished. */
    void awaitStop() throws InterruptedException {
        stopped.await();
    }

    /** How long each part of the stop took: the HTTP server (requests in flight), then the engine and database. */
    record StopTimes(Duration http, Duration database) {
        @Override
        public String toString() {
            return String.format(
                    "in %.1f s: HTTP %.1f s, database %.1f s",
                    (http.toMillis() + database.toMillis()) / 1000.0,
                    http.toMillis() / 1000.0,
                    database.toMillis() / 1000.0);
        }
    }

    @Override
    public void close() {
        if (!closing.compareAndSet(false, true)) return;
        long began = System.nanoTime();
        long httpStopped = began;
        try {
            http.stop();
            httpStopped = System.nanoTime();
        } finally {
            try {
                ltt.close();
            } finally {
                long end = System.nanoTime();
                stopTimes = new StopTimes(Duration.ofNanos(httpStopped - began), Duration.ofNanos(end - httpStopped));
                stopped.countDown();
            }
        }
    }

    /** The durations of the last stop, once {@link #close} has finished. */
    StopTimes stopTimes() {
        return stopTimes;
    }
}
