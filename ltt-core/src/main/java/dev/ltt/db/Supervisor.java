package dev.ltt.db;

import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;

/** Runs one check every half second on a daemon thread of its own, until stopped. */
final class Supervisor {
    static final long PERIOD_MS = 500;
    private final ScheduledExecutorService executor;

    private Supervisor(ScheduledExecutorService executor) {
        this.executor = executor;
    }

    static Supervisor start(Runnable check, String name) {
        ScheduledExecutorService executor = Executors.newSingleThreadScheduledExecutor(runnable -> {
            Thread thread = new Thread(runnable, name);
            thread.setDaemon(true);
            return thread;
        });
        executor.scheduleWithFixedDelay(check, PERIOD_MS, PERIOD_MS, TimeUnit.MILLISECONDS);
        return new Supervisor(executor);
    }

    /** Stops checking and waits for a check in progress (a restart) to finish. */
    void stop() {
        executor.shutdownNow();
        try {
            executor.awaitTermination(90, TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
