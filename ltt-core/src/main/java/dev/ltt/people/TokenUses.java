package dev.ltt.people;

import dev.ltt.access.TokenStore;
import java.time.Instant;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import org.jdbi.v3.core.Jdbi;
import org.jdbi.v3.core.JdbiException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Tokens' last uses, noted in memory by the request and written by a background thread five times a second, so
 * that authenticating a request never waits on a write, and a batch stays short (with 100,000 learners at work,
 * one second's uses were 3,300 rows: a 49 ms statement holding one of two cores while requests waited for it). A
 * listing of tokens writes what is pending first, so it is exact for this process. Last use is a hint for the
 * operator, not a learner's write: a crash may lose the last moment of it. Thread-safe; {@link #close()} writes
 * what is pending and stops the thread.
 */
public final class TokenUses implements AutoCloseable {
    private static final Logger log = LoggerFactory.getLogger(TokenUses.class);
    private final Jdbi jdbi;
    private final TokenStore tokens;
    private final Map<Long, Instant> pending = new ConcurrentHashMap<>();
    private final ScheduledExecutorService writer = Executors.newSingleThreadScheduledExecutor(r -> {
        Thread t = new Thread(r, "ltt-token-uses");
        t.setDaemon(true);
        return t;
    });

    public TokenUses(Jdbi jdbi, TokenStore tokens) {
        this.jdbi = jdbi;
        this.tokens = tokens;
        writer.scheduleWithFixedDelay(this::flush, 200, 200, TimeUnit.MILLISECONDS);
    }

    /** Notes a use; the latest of one token's uses wins. */
    void note(long tokenId, Instant when) {
        pending.merge(tokenId, when, (a, b) -> a.isAfter(b) ? a : b);
    }

    /** Writes every pending use in one statement. Best effort: a use that could not be written is dropped. */
    synchronized void flush() {
        if (pending.isEmpty()) return;
        Map<Long, Instant> batch = Map.copyOf(pending);
        batch.forEach(pending::remove);
        try {
            jdbi.useHandle(h -> tokens.recordUses(h, batch, TokenCache.USE_WINDOW_SECONDS));
        } catch (JdbiException e) {
            log.debug("could not record the last use of {} token(s): {}", batch.size(), e.getMessage());
        }
    }

    @Override
    public void close() {
        writer.shutdownNow();
        flush();
    }
}
