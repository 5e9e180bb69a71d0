package dev.ltt.db;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.InetSocketAddress;
import java.net.Socket;
import java.nio.channels.FileChannel;
import java.nio.channels.FileLock;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.time.Duration;
import java.time.Instant;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The embedded PostgreSQL 17 whose files live in {@code <data dir>/pg}, durable ({@link ServerSettings}).
 *
 * <p>One process owns the server: it holds an exclusive lock on {@code <data dir>/ltt.lock} while it runs
 * and writes {@code owner.properties} (pid, role, port). Every other process on the same data dir joins that
 * server over its port instead of starting a second one. A short-lived owner (a CLI command) stops the server
 * when it exits, so a second process that finds one waits for it to finish and then takes ownership itself;
 * it joins a long-lived owner ({@code ltt serve}, {@code ltt mcp}) at once.
 *
 * <p>A long-lived process is supervised ({@link Supervisor}): when it owns the server and the postmaster dies,
 * it starts it again on the same files and port; when it joined and the owner went away, it takes ownership
 * on the same port. Its connection pool reconnects by itself, so service resumes without a restart.
 */
public final class EmbeddedServer implements AutoCloseable {
    static final String USER = "postgres";
    static final String DATABASE = "ltt";
    private static final Logger log = LoggerFactory.getLogger(EmbeddedServer.class);
    private static final Duration WAIT_FOR_OWNER = Duration.ofSeconds(120);

    /** Whether this process will hold the server for a long time ({@code serve}, {@code mcp}) or briefly (a command). */
    public enum Role {
        SERVER,
        COMMAND
    }

    private static volatile Role role = Role.COMMAND;

    /** Data dirs whose {@code ltt.lock} this JVM holds, or is taking right now (see {@link #tryToOwn}). */
    private static final Set<Path> LOCKED_HERE = ConcurrentHashMap.newKeySet();

    private final Path dataDir;
    private final Path ownerFile;
    private final int port;
    private final Supervisor supervisor;
    private volatile Ownership ownership; // null while joined
    private volatile boolean closed;

    /** What an owner holds: the data dir's lock and the running postmaster. */
    private record Ownership(FileChannel channel, FileLock lock, Postmaster postmaster) {}

    private EmbeddedServer(Path dataDir, Ownership ownership, int port) {
        this.dataDir = dataDir;
        this.ownerFile = dataDir.resolve("owner.properties");
        this.ownership = ownership;
        this.port = port;
        this.supervisor = role == Role.SERVER ? Supervisor.start(this::check, "ltt-postgres-supervisor") : null;
    }

    /** Declares how this process uses the embedded server; {@code ltt serve} and {@code ltt mcp} set SERVER first. */
    public static void declareRole(Role processRole) {
        role = processRole;
    }

    /** How this process declared it uses the database. */
    public static Role role() {
        return role;
    }

    public static EmbeddedServer startOrJoin(Path dataDir) {
        Path dir = dataDir.toAbsolutePath().normalize();
        try {
            Files.createDirectories(dir);
            Path ownerFile = dir.resolve("owner.properties");
            Instant deadline = Instant.now().plus(WAIT_FOR_OWNER);
            while (true) {
                Ownership owned = tryToOwn(dir, 0);
                if (owned != null)
                    return new EmbeddedServer(dir, owned, owned.postmaster().port());
                Optional<Owner> owner = Owner.read(ownerFile);
                if (owner.isPresent()
                        && owner.get().role() == Role.SERVER
                        && accepts(owner.get().port())) {
                    return new EmbeddedServer(dir, null, owner.get().port());
                }
                if (Instant.now().isAfter(deadline)) {
                    throw new IllegalStateException("another ltt process holds " + dir + " and did not finish within "
                            + WAIT_FOR_OWNER.toSeconds() + " s; stop it and try again");
                }
                sleepQuietly(Duration.ofMillis(200));
            }
        } catch (IOException e) {
            throw new UncheckedIOException("could not open the data dir " + dir, e);
        }
    }

    /**
     * Takes the data dir's lock and starts the server (on {@code port}, or any free port when 0), or returns null
     * when the lock is taken. A file lock belongs to the whole JVM: while this JVM holds it, {@code tryLock} on a
     * second channel throws, and on Linux closing that second channel silently drops the lock for everyone. So a
     * second caller in this JVM never opens the file; it waits for, or joins, the owner like any other process.
     */
    private static Ownership tryToOwn(Path dataDir, int port) throws IOException {
        if (!LOCKED_HERE.add(dataDir)) return null;
        boolean owned = false;
        try {
            FileChannel channel =
                    FileChannel.open(dataDir.resolve("ltt.lock"), StandardOpenOption.CREATE, StandardOpenOption.WRITE);
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
            Ownership ownership = startOwned(dataDir, channel, lock, port);
            owned = true;
            return ownership;
        } finally {
            if (!owned) LOCKED_HERE.remove(dataDir);
        }
    }

    private static Ownership startOwned(Path dataDir, FileChannel channel, FileLock lock, int port) throws IOException {
        try {
            Path pgDir = dataDir.resolve("pg");
            Orphans.stopLeftRunning(pgDir);
            // 'ltt serve' stops it from its own hook, after the HTTP server let requests in flight finish
            Postmaster postmaster = Postmaster.start(pgDir, port, role != Role.SERVER);
            ensureDatabase(postmaster.port());
            new Owner(ProcessHandle.current().pid(), role, postmaster.port())
                    .write(dataDir.resolve("owner.properties"));
            log.info("embedded PostgreSQL started on port {} with data in {}", postmaster.port(), pgDir);
            return new Ownership(channel, lock, postmaster);
        } catch (IOException | RuntimeException e) {
            lock.release();
            channel.close();
            throw e;
        }
    }

    /**
     * The supervisor's check, every half second: an owner restarts a postmaster that died; a joiner whose owner
     * went away (its server no longer accepts connections) takes ownership on the same port.
     */
    private synchronized void check() {
        if (closed) return;
        Ownership owned = ownership;
        try {
            if (owned != null) {
                if (owned.postmaster().alive()) return;
                log.warn(
                        "the embedded PostgreSQL (pid {}) has died; starting it again on port {}",
                        owned.postmaster().pid(),
                        port);
                Instant started = Instant.now();
                owned.postmaster().stop(); // frees what the library holds for that run; the process is gone already
                Postmaster again = Postmaster.start(dataDir.resolve("pg"), port, false);
                ensureDatabase(port);
                ownership = new Ownership(owned.channel(), owned.lock(), again);
                log.warn(
                        "the embedded PostgreSQL is back on port {} after {} ms",
                        port,
                        Duration.between(started, Instant.now()).toMillis());
            } else if (!accepts(port)) {
                Ownership taken = tryToOwn(dataDir, port);
                if (taken != null) {
                    ownership = taken;
                    log.warn(
                            "the ltt process that ran the embedded PostgreSQL has gone; this one runs it now, on port {}",
                            port);
                }
            }
        } catch (IOException | RuntimeException e) {
            // still down (its files busy, its port not yet free): the next check tries again
            log.warn("the embedded PostgreSQL could not be started yet ({}); trying again", e.getMessage());
        }
    }

    private static void ensureDatabase(int port) {
        try (Connection c =
                DriverManager.getConnection("jdbc:postgresql://localhost:" + port + "/postgres", USER, "")) {
            var exists = c.prepareStatement("SELECT 1 FROM pg_database WHERE datname = '" + DATABASE + "'")
                    .executeQuery();
            if (!exists.next()) c.createStatement().execute("CREATE DATABASE " + DATABASE);
        } catch (SQLException e) {
            throw new IllegalStateException("the embedded PostgreSQL started but the database could not be created", e);
        }
    }

    static boolean accepts(int port) {
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

    /** True when this process runs the server (and will stop it on close). */
    public boolean owned() {
        return ownership != null;
    }

    /** The postmaster's pid while this process owns the server (tests of supervision kill it). */
    public Optional<Long> postmasterPid() {
        Ownership owned = ownership;
        return owned == null ? Optional.empty() : Optional.of(owned.postmaster().pid());
    }

    @Override
    public void close() {
        if (supervisor != null) supervisor.stop(); // first: it must not start again what this stops
        synchronized (this) {
            closed = true;
            Ownership owned = ownership;
            if (owned == null) return;
            ownership = null;
            try {
                Files.deleteIfExists(ownerFile);
                owned.postmaster().stop();
                owned.lock().release();
                owned.channel().close();
                LOCKED_HERE.remove(dataDir);
            } catch (IOException e) {
                throw new UncheckedIOException("could not stop the embedded PostgreSQL", e);
            }
        }
    }
}
