package dev.ltt.db;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Map;
import java.util.Optional;

/**
 * One run of the embedded PostgreSQL on a data dir and a port, with the {@link ServerSettings durable
 * settings}; its output is appended to {@code <data dir>/postgresql.log}. A supervisor asks {@link #alive}
 * and starts a new run on the same files and port when it is not.
 */
final class Postmaster {
    private final EmbeddedPostgres postgres;
    private final long pid;

    private Postmaster(EmbeddedPostgres postgres, long pid) {
        this.postgres = postgres;
        this.pid = pid;
    }

    /** Starts PostgreSQL on {@code pgDir}; {@code port} 0 picks a free one. */
    static Postmaster start(Path pgDir, int port, boolean stopWithThisJvm) throws IOException {
        EmbeddedPostgres.Builder builder = EmbeddedPostgres.builder()
                .setDataDirectory(pgDir)
                .setCleanDataDirectory(false)
                .setRegisterShutdownHook(stopWithThisJvm)
                .setPGStartupWait(Duration.ofSeconds(60))
                .setOutputRedirector(ProcessBuilder.Redirect.appendTo(log(pgDir).toFile()))
                .setErrorRedirector(ProcessBuilder.Redirect.appendTo(log(pgDir).toFile()));
        for (Map.Entry<String, String> setting : ServerSettings.forThisMachine().entrySet()) {
            builder.setServerConfig(setting.getKey(), setting.getValue());
        }
        if (port > 0) builder.setPort(port);
        EmbeddedPostgres postgres = builder.start();
        return new Postmaster(postgres, pidOf(pgDir).orElse(-1L));
    }

    private static Path log(Path pgDir) {
        return pgDir.resolveSibling("postgresql.log");
    }

    /** The postmaster's pid, from its lock file, while it runs. */
    static Optional<Long> pidOf(Path pgDir) {
        try {
            return Optional.of(
                    Long.parseLong(Files.readAllLines(pgDir.resolve("postmaster.pid"), StandardCharsets.UTF_8)
                            .get(0)
                            .trim()));
        } catch (IOException | RuntimeException e) {
            return Optional.empty();
        }
    }

    int port() {
        return postgres.getPort();
    }

    long pid() {
        return pid;
    }

    /**
     * False once the postmaster has exited (killed, crashed, out of memory). A stopped (SIGSTOP) or busy server
     * is alive: the supervisor must not start a second one on the same files.
     */
    boolean alive() {
        if (pid <= 0) return true; // unknown: never restart blindly
        Optional<ProcessHandle> process = ProcessHandle.of(pid);
        return process.isPresent() && process.get().isAlive() && !zombie(pid);
    }

    /** A killed postmaster whose new parent has not reaped it yet still has a pid; Linux shows it as state Z. */
    private static boolean zombie(long pid) {
        Path stat = Path.of("/proc", Long.toString(pid), "stat");
        try {
            String line = Files.readString(stat, StandardCharsets.UTF_8);
            int close = line.lastIndexOf(')');
            return close > 0 && close + 2 < line.length() && line.charAt(close + 2) == 'Z';
        } catch (IOException | RuntimeException e) {
            return false; // not Linux, or already gone (then isAlive says so)
        }
    }

    /** Stops this run (fast shutdown); nothing happens when it has already died. */
    void stop() throws IOException {
        postgres.close();
    }
}
