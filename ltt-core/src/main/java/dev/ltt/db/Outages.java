package dev.ltt.db;

import dev.ltt.error.UnavailableException;
import java.sql.SQLException;
import java.sql.SQLTransientConnectionException;
import java.util.Set;
import java.util.concurrent.atomic.AtomicLong;
import org.jdbi.v3.core.HandleCallback;
import org.jdbi.v3.core.HandleCallbackDecorator;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Recognises a database that cannot be reached (refused, gone, frozen, shutting down, too slow) in whatever
 * wrapping it arrives (Hikari, PgJDBC, Jdbi), and turns it into the domain's {@link UnavailableException}, so
 * that every door answers "unavailable, try again" (HTTP 503) instead of an internal error.
 */
public final class Outages {
    /** SQLSTATEs that mean "not now" rather than "this request is wrong". */
    private static final Set<String> UNAVAILABLE_STATES = Set.of(
            "57P01", // admin_shutdown: the server is stopping
            "57P02", // crash_shutdown: another backend crashed, the server restarts
            "57P03", // cannot_connect_now: starting up or recovering
            "57014", // query_canceled: our statement_timeout fired
            "53300"); // too_many_connections

    private static final Logger log = LoggerFactory.getLogger(Outages.class);
    private static final long LOG_EVERY_NANOS = 10_000_000_000L;
    private static final AtomicLong lastLogged = new AtomicLong(System.nanoTime() - LOG_EVERY_NANOS);

    private Outages() {}

    /** True when {@code failure} (or anything it wraps) says the database is unreachable or not answering. */
    public static boolean isOutage(Throwable failure) {
        for (Throwable t = failure; t != null; t = t.getCause() == t ? null : t.getCause()) {
            if (t instanceof UnavailableException || t instanceof SQLTransientConnectionException) return true;
            if (t instanceof SQLException sql
                    && sql.getSQLState() != null
                    && (sql.getSQLState().startsWith("08") || UNAVAILABLE_STATES.contains(sql.getSQLState()))) {
                return true;
            }
        }
        return false;
    }

    /** {@code failure} as an {@link UnavailableException} when it is an outage, else {@code failure} itself. */
    public static RuntimeException translate(RuntimeException failure) {
        if (failure instanceof UnavailableException || !isOutage(failure)) return failure;
        return unavailable(failure);
    }

    /** The domain's answer to an outage; logs the cause (at most one line per 10 s, however many requests fail). */
    static UnavailableException unavailable(Throwable failure) {
        long now = System.nanoTime();
        long last = lastLogged.get();
        if (now - last >= LOG_EVERY_NANOS
                && lastLogged.compareAndSet(last, now)) { // one line per 10 s, not per request
            log.warn("the database is not answering ({}); requests get 503 until it is back", rootMessage(failure));
        }
        return new UnavailableException(
                "LTT cannot reach its database right now; nothing was changed. Try again in a few seconds.", failure);
    }

    /** Wraps every Jdbi callback so that an outage inside it (a statement, a commit) leaves as UNAVAILABLE. */
    static HandleCallbackDecorator decorator() {
        return new HandleCallbackDecorator() {
            @Override
            public <R, X extends Exception> HandleCallback<R, X> decorate(HandleCallback<R, X> callback) {
                return handle -> {
                    try {
                        return callback.withHandle(handle);
                    } catch (RuntimeException e) {
                        throw translate(e);
                    }
                };
            }
        };
    }

    private static String rootMessage(Throwable failure) {
        Throwable root = failure;
        while (root.getCause() != null && root.getCause() != root) root = root.getCause();
        return root.getClass().getSimpleName() + ": " + root.getMessage();
    }
}
