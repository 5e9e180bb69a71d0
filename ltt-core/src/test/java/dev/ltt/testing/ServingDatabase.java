package dev.ltt.testing;

import dev.ltt.db.Database;
import dev.ltt.db.DatabaseSettings;
import dev.ltt.db.EmbeddedServer;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

/**
 * The embedded PostgreSQL of a temporary data dir opened as {@code ltt serve} opens it (supervised, durable,
 * with serving timeouts), and the faults tests do to it: SIGKILL, SIGSTOP and SIGCONT to all its processes.
 */
public final class ServingDatabase {
    private ServingDatabase() {}

    public static Database open(Path dataDir) {
        EmbeddedServer.declareRole(EmbeddedServer.Role.SERVER);
        try {
            return Database.open(DatabaseSettings.fromEnvironment(Map.of(), dataDir, 8));
        } finally {
            EmbeddedServer.declareRole(
                    EmbeddedServer.Role.COMMAND); // only this database serves; other tests are commands
        }
    }

    /** The running postmaster's pid, from its lock file. */
    public static long postmasterPid(Path dataDir) {
        try {
            return Long.parseLong(Files.readAllLines(dataDir.resolve("pg/postmaster.pid"), StandardCharsets.UTF_8)
                    .get(0)
                    .strip());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The postmaster and every process it started. */
    public static List<ProcessHandle> processes(Path dataDir) {
        ProcessHandle postmaster = ProcessHandle.of(postmasterPid(dataDir)).orElseThrow();
        return Stream.concat(Stream.of(postmaster), postmaster.children()).toList();
    }

    /** SIGKILL to all of them at once, as a crash or the OOM killer would leave them. */
    public static void kill(Path dataDir) {
        processes(dataDir).forEach(ProcessHandle::destroyForcibly);
    }

    /** Sends a signal by name (STOP freezes PostgreSQL, CONT thaws it) to all of them. */
    public static void signal(Path dataDir, String signal) {
        List<String> command = new ArrayList<>(List.of("kill", "-" + signal));
        processes(dataDir).forEach(p -> command.add(Long.toString(p.pid())));
        try {
            int exit = new ProcessBuilder(command).inheritIO().start().waitFor();
            if (exit != 0) throw new IllegalStateException(command + " exited with " + exit);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }
}
