package dev.ltt.db;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import org.jdbi.v3.core.Handle;
import org.postgresql.PGConnection;
import org.postgresql.PGNotification;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Invalidates in-memory caches across every process that shares one PostgreSQL, through {@code LISTEN/NOTIFY}
 * on the channel {@value #CHANNEL}. A change {@link #send sends} {@code <topic>:<key>} inside its own transaction,
 * so the notice goes out exactly when (and only if) the change commits; one dedicated connection per process
 * listens and hands each notice to the caches subscribed to its topic.
 *
 * <p>While the listening connection is down, notices may be missed: every cache is dropped when it goes down
 * and again once it is back, and {@link #live()} is false in between so that caches read through instead of
 * keeping what they read. Thread-safe; {@link #close} stops the listener.
 */
public final class Invalidations implements AutoCloseable {
    public static final String CHANNEL = "ltt_invalidate";
    /** The key that drops every entry of a topic. */
    public static final String ALL = "*";

    private static final Logger log = LoggerFactory.getLogger(Invalidations.class);
    private static final int POLL_MS = 200;
    private static final long HEALTH_CHECK_MS = 2_000;
    private static final long RETRY_MS = 500;

    /** What a cache does on a notice of its topic. */
    public interface Cache {
        /** Drops the entry with this key (a cache may treat any key it does not know as nothing to do). */
        void invalidate(String key);

        /** Drops everything: notices may have been missed. */
        void invalidateAll();
    }

    private final String url;
    private final Properties properties;
    private final Map<String, List<Cache>> caches = new ConcurrentHashMap<>();
    private final CountDownLatch closed = new CountDownLatch(1);
    private final Thread listener;
    private volatile boolean live;
    private volatile Connection connection;

    private Invalidations(String url, Properties properties) {
        this.url = url;
        this.properties = properties;
        this.listener = new Thread(this::listen, "ltt-invalidations");
        this.listener.setDaemon(true);
    }

    /** Listens on the database's server with its credentials; connected when this returns, unless it is down. */
    public static Invalidations listen(Database database) {
        Properties properties = new Properties();
        if (!database.user().isEmpty()) properties.setProperty("user", database.user());
        if (!database.password().isEmpty()) properties.setProperty("password", database.password());
        properties.setProperty("tcpKeepAlive", "true");
        properties.setProperty("connectTimeout", "5");
        properties.setProperty("ApplicationName", "ltt-invalidations");
        Invalidations invalidations = new Invalidations(database.jdbcUrl(), properties);
        invalidations.connect();
        invalidations.listener.start();
        return invalidations;
    }

    /**
     * No listener at all, always live: for a process that is alone on its database (a test wiring use-cases by
     * hand). Its caches are only ever invalidated by its own changes.
     */
    public static Invalidations localOnly() {
        Invalidations none = new Invalidations(null, new Properties());
        none.live = true;
        none.closed.countDown();
        return none;
    }

    /** Queues the notice {@code topic:key} in {@code h}'s transaction: delivered to every listener on commit. */
    public static void send(Handle h, String topic, String key) {
        h.createQuery("SELECT 1 FROM (SELECT pg_notify(:channel, :payload)) AS sent")
                .bind("channel", CHANNEL)
                .bind("payload", topic + ":" + key)
                .mapTo(Integer.class)
                .one();
    }

    /** Hands the notices of {@code topic} to {@code cache} from now on. */
    public void subscribe(String topic, Cache cache) {
        caches.computeIfAbsent(topic, t -> new CopyOnWriteArrayList<>()).add(cache);
    }

    /** Whether notices are being received: a cache may keep what it reads only while this is true. */
    public boolean live() {
        return live;
    }

    @Override
    public void close() {
        closed.countDown();
        closeQuietly(connection);
        if (!listener.isAlive()) return;
        try {
            listener.join(5_000);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    private void listen() {
        while (closed.getCount() > 0) {
            if (connection == null && !connect()) {
                await(RETRY_MS);
                continue;
            }
            try {
                receive(connection);
            } catch (SQLException e) {
                if (closed.getCount() == 0) return;
                log.warn(
                        "cache invalidation: lost the listening connection ({}); caches are dropped until it is back",
                        e.getMessage());
                down();
            }
        }
    }

    /** Opens the listening connection and drops every cache (what was missed while down is unknown). */
    private boolean connect() {
        try {
            Connection c = DriverManager.getConnection(url, properties);
            try (Statement s = c.createStatement()) {
                s.execute("LISTEN " + CHANNEL);
            }
            connection = c;
            dropAll();
            live = true;
            return true;
        } catch (SQLException e) {
            log.debug("cache invalidation: cannot listen yet: {}", e.getMessage());
            return false;
        }
    }

    private void receive(Connection c) throws SQLException {
        PGConnection pg = c.unwrap(PGConnection.class);
        long lastCheck = System.nanoTime();
        while (closed.getCount() > 0) {
            PGNotification[] notices = pg.getNotifications(POLL_MS);
            if (notices != null) for (PGNotification notice : notices) dispatch(notice.getParameter());
            if (System.nanoTime() - lastCheck > TimeUnit.MILLISECONDS.toNanos(HEALTH_CHECK_MS)) {
                // a silently dead peer (no reset ever arrives) shows up here
                if (!c.isValid(2)) throw new SQLException("the listening connection stopped answering");
                lastCheck = System.nanoTime();
            }
        }
    }

    private void dispatch(String payload) {
        int colon = payload.indexOf(':');
        if (colon < 0) return;
        String topic = payload.substring(0, colon);
        String key = payload.substring(colon + 1);
        for (Cache cache : caches.getOrDefault(topic, List.of())) {
            if (key.equals(ALL)) cache.invalidateAll();
            else cache.invalidate(key);
        }
    }

    private void down() {
        live = false;
        dropAll();
        closeQuietly(connection);
        connection = null;
        await(RETRY_MS);
    }

    private void dropAll() {
        caches.values().forEach(list -> list.forEach(Cache::invalidateAll));
    }

    private void await(long ms) {
        try {
            closed.await(ms, TimeUnit.MILLISECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            closed.countDown();
        }
    }

    private static void closeQuietly(Connection c) {
        if (c == null) return;
        try {
            c.close();
        } catch (SQLException ignored) {
            // closing a connection that is already broken
        }
    }
}
