package dev.ltt.db;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.InetSocketAddress;
import java.net.Socket;
import java.nio.channels.FileChannel;
import java.nio.channels.FileLock;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

/**
 * The embedded PostgreSQL 17 whose files live in {@code <data dir>/pg}.
 *
 * <p>One process owns the server: it holds an exclusive lock on {@code <data dir>/ltt.lock} while it runs
 * and writes {@code owner.properties} (pid, port). Every other process on the same data dir joins that server
 * over its port instead of starting a second one. A joiner never outlives what it joined by design: the
 * owner stops the server when it exits, so a second process that finds a short-lived owner (a CLI command)
 * waits for it to finish and then takes ownership itself; it joins a long-lived owner ({@code ltt serve}).
 */
public final class EmbeddedServer implements AutoCloseable {
    static final String USER = "postgres";
    static final String DATABASE = "ltt";
    private static final Logger log = LoggerFactory.getLogger(EmbeddedServer.class);
    private static final Duration WAIT_FOR_OWNER = Duration.ofSeconds(120);

    /** Whether this process will hold the server for a long time ({@code serve}) or briefly (a command). */
    public enum Role { SERVER, COMMAND }

    private static volatile Role role = Role.COMMAND;

    /** Data dirs whose {@code ltt.lock} this JVM holds, or is taking right now (see {@link #tryToOwn}). */
    private static final Set<Path> LOCKED_HERE = ConcurrentHashMap.newKeySet();

    private final EmbeddedPostgres postgres;  // null when joined
    private final FileChannel lockChannel;     // null when joined
    private final FileLock lock;
    private final Path ownerFile;
    private final int port;

    private EmbeddedServer(EmbeddedPostgres postgres, FileChannel lockChannel, FileLock lock, Path ownerFile, int port) {
        this.postgres = postgres;
        this.lockChannel = lockChannel;
        this.lock = lock;
        this.ownerFile = ownerFile;
        this.port = port;
    }

    /** Declares how this process uses the embedded server; {@code ltt serve} sets SERVER before opening it. */
    public static void declareRole(Role processRole) {
        role = processRole;
    }

    public static EmbeddedServer startOrJoin(Path dataDir) {
        Path dir = dataDir.toAbsolutePath().normalize();
        try {
            Files.createDirectories(dir);
            Path ownerFile = dir.resolve("owner.properties");
            Instant deadline = Instant.now().plus(WAIT_FOR_OWNER);
            while (true) {
                EmbeddedServer owned = tryToOwn(dir, ownerFile);
                if (owned != null) return owned;
                Optional<Owner> owner = Owner.read(ownerFile);
                if (owner.isPresent() && owner.get().role() == Role.SERVER && accepts(owner.get().port())) {
                    if (role == Role.SERVER && owner.get().pid() != ProcessHandle.current().pid()) {
                        throw new IllegalStateException("another 'ltt serve' (pid " + owner.get().pid()
                                + ") is already running on " + dir + "; stop it or choose another --data-dir");
                    }
                    return new EmbeddedServer(null, null, null, ownerFile, owner.get().port());
                }
                if (Instant.now().isAfter(deadline)) {
                    throw new IllegalStateException("another ltt process holds " + dir
                            + " and did not finish within " + WAIT_FOR_OWNER.toSeconds() + " s; stop it and try again");
                }
                sleepQuietly(Duration.ofMillis(200));
            }
        } catch (IOException e) {
            throw new UncheckedIOException("could not open the data dir " + dir, e);
        }
    }

    /**
     * Takes the data dir's lock and starts the server, or returns null when the lock is taken. A file lock
     * belongs to the whole JVM: while this JVM holds it, {@code tryLock} on a second channel throws, and on
     * Linux closing that second channel silently drops the lock for everyone. So a second caller in this JVM
     * never opens the file; it waits for, or joins, the owner like any other process would.
     */
    private static EmbeddedServer tryToOwn(Path dataDir, Path ownerFile) throws IOException {
        if (!LOCKED_HERE.add(dataDir)) return null;
        boolean owned = false;
        try {
            FileChannel channel = FileChannel.open(dataDir.resolve("ltt.lock"),
                    StandardOpenOption.CREATE, StandardOpenOption.WRITE);
            FileLock lock;
            try {
                lock = channel.tryLock();
            } catch (IOException | RuntimeException e) {
                channel.close();
                throw e;
            }
            if (lock == null) {
                channel.close();
                return null;
            }
            EmbeddedServer server = startOwned(dataDir, channel, lock, ownerFile);
            owned = true;
            return server;
        } finally {
            if (!owned) LOCKED_HERE.remove(dataDir);
        }
    }

    private static EmbeddedServer startOwned(Path dataDir, FileChannel channel, FileLock lock, Path ownerFile)
            throws IOException {
        try {
            Path pgDir = dataDir.resolve("pg");
            stopOrphanedPostmaster(pgDir);
            EmbeddedPostgres postgres = EmbeddedPostgres.builder()
                    .setDataDirectory(pgDir)
                    .setCleanDataDirectory(false)
                    // 'ltt serve' stops it from its own hook, after the HTTP server let requests in flight finish
                    .setRegisterShutdownHook(role != Role.SERVER)
                    .setPGStartupWait(Duration.ofSeconds(60))
                    .setOutputRedirector(ProcessBuilder.Redirect.DISCARD)
                    .setErrorRedirector(ProcessBuilder.Redirect.DISCARD)
                    .start();
            ensureDatabase(postgres.getPort());
            new Owner(ProcessHandle.current().pid(), role, postgres.getPort()).write(ownerFile);
            log.info("embedded PostgreSQL started on port {} with data in {}", postgres.getPort(), pgDir);
            return new EmbeddedServer(postgres, channel, lock, ownerFile, postgres.getPort());
        } catch (IOException | RuntimeException e) {
            lock.release();
            channel.close();
            throw e;
        }
    }

    /** A postmaster left running by an owner that died without stopping it: ask it to stop (fast shutdown). */
    private static void stopOrphanedPostmaster(Path pgDir) {
        Path pidFile = pgDir.resolve("postmaster.pid");
        if (!Files.exists(pidFile)) return;
        try {
            List<String> lines = Files.readAllLines(pidFile, StandardCharsets.UTF_8);
            long pid = Long.parseLong(lines.get(0).trim());
            // after a reboot the pid may belong to another program: only a postgres process is stopped
            ProcessHandle.of(pid).filter(EmbeddedServer::isPostgres).ifPresent(process -> {
                log.warn("stopping a PostgreSQL (pid {}) left running by an earlier ltt process", pid);
                process.destroy();
                process.onExit().orTimeout(30, java.util.concurrent.TimeUnit.SECONDS).join();
            });
        } catch (IOException | RuntimeException e) {
            log.warn("could not read {}: {}", pidFile, e.getMessage());
        }
    }

    private static boolean isPostgres(ProcessHandle process) {
        return process.info().command().map(c -> c.endsWith("/postgres") || c.endsWith("/postmaster")).orElse(false);
    }

    private static void ensureDatabase(int port) {
        try (Connection c = DriverManager.getConnection("jdbc:postgresql://localhost:" + port + "/postgres", USER, "")) {
            var exists = c.prepareStatement("SELECT 1 FROM pg_database WHERE datname = '" + DATABASE + "'").executeQuery();
            if (!exists.next()) c.createStatement().execute("CREATE DATABASE " + DATABASE);
        } catch (SQLException e) {
            throw new IllegalStateException("the embedded PostgreSQL started but the database could not be created", e);
        }
    }

    private static boolean accepts(int port) {
        try (Socket socket = new Socket()) {
            socket.connect(new InetSocketAddress("localhost", port), 1000);
            return true;
        } catch (IOException e) {
            return false;
        }
    }

    private static void sleepQuietly(Duration duration) {
        try {
            Thread.sleep(duration.toMillis());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted while waiting for the data dir", e);
        }
    }

    public String jdbcUrl() {
        return "jdbc:postgresql://localhost:" + port + "/" + DATABASE;
    }

    public int port() {
        return port;
    }

    /** True when this process started the server (and will stop it on close). */
    public boolean owned() {
        return postgres != null;
    }

    @Override
    public void close() {
        if (postgres == null) return;
        try {
            Files.deleteIfExists(ownerFile);
            postgres.close();
            lock.release();
            lockChannel.close();
            LOCKED_HERE.remove(ownerFile.getParent());
        } catch (IOException e) {
            throw new UncheckedIOException("could not stop the embedded PostgreSQL", e);
        }
    }
}
