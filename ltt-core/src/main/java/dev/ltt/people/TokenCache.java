package dev.ltt.people;

import dev.ltt.access.StoredToken;
import dev.ltt.access.TokenStore;
import dev.ltt.db.Invalidations;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.time.Instant;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicLong;
import org.jdbi.v3.core.Jdbi;

/**
 * Issued tokens in memory, by the SHA-256 of the token, so that authenticating a request reads no row. Only
 * tokens that exist are kept (an unknown token is looked up every time: guessing must not fill memory), at
 * most {@link #MAX_ENTRIES}. Expiry is checked on every use; a revocation drops the entry on the server
 * that revoked it once the delete has committed, and on every other server when the {@value #TOPIC} notice
 * arrives. Thread-safe.
 */
public final class TokenCache implements Invalidations.Cache {
    public static final String TOPIC = "token";
    static final int MAX_ENTRIES = 100_000;
    private final Jdbi jdbi;
    private final TokenStore store;
    private final Invalidations invalidations;
    private final Map<String, Entry> byHash = new ConcurrentHashMap<>();
    /** Counts invalidations, so that a row read before a revocation committed is not kept after it. */
    private final AtomicLong generation = new AtomicLong();

    /** A cached token and when this server last recorded its use. */
    private record Entry(StoredToken token, AtomicLong lastRecordedWindow) {}

    public TokenCache(Jdbi jdbi, TokenStore store, Invalidations invalidations) {
        this.jdbi = jdbi;
        this.store = store;
        this.invalidations = invalidations;
        invalidations.subscribe(TOPIC, this);
    }

    /** The valid (unexpired, unrevoked) token with this hash. */
    public Optional<StoredToken> find(String sha256, Instant now) {
        Entry entry = byHash.get(sha256);
        if (entry == null) entry = load(sha256);
        if (entry == null) return Optional.empty();
        StoredToken token = entry.token();
        // the map found the entry by its key; compare the hashes again in constant time all the same
        boolean same = MessageDigest.isEqual(
                token.sha256().getBytes(StandardCharsets.US_ASCII), sha256.getBytes(StandardCharsets.US_ASCII));
        return same && token.validAt(now) ? Optional.of(token) : Optional.empty();
    }

    /**
     * Whether this server should write the token's last use now: true at most once per {@link #USE_WINDOW_SECONDS}
     * per token (the store then skips the write when another server wrote within the window).
     */
    public boolean shouldRecordUse(StoredToken token, Instant now) {
        Entry entry = byHash.get(token.sha256());
        long window = windowOf(token.tokenId(), now);
        if (entry == null) return true;
        long last = entry.lastRecordedWindow().get();
        return last < window && entry.lastRecordedWindow().compareAndSet(last, window);
    }

    /**
     * How precise a token's last use is. Each busy token costs one write per window: with a minute, 100,000
     * learners at work were 1,700 writes a second, which took a ready read at that scale below half of
     * {@code /health}; an operator looking for unused tokens needs no finer than five minutes.
     */
    public static final int USE_WINDOW_SECONDS = 300;

    /**
     * The token's window at {@code now}: the clock's seconds, shifted by the token id (mod the window), in windows
     * of {@link #USE_WINDOW_SECONDS}, so busy tokens come due a little at a time. On the clock's own minutes every
     * busy token fell due in the same second: at 100,000 learners a ready run that began in a new minute wrote
     * 5,300 uses a second, one 19 ms batch every 200 ms.
     */
    static long windowOf(long tokenId, Instant now) {
        return (now.getEpochSecond() + Math.floorMod(tokenId, USE_WINDOW_SECONDS)) / USE_WINDOW_SECONDS;
    }

    private Entry load(String sha256) {
        long before = generation.get();
        Optional<StoredToken> found = jdbi.withHandle(h -> store.find(h, sha256));
        if (found.isEmpty()) return null;
        Entry entry = new Entry(found.get(), new AtomicLong(Long.MIN_VALUE));
        if (invalidations.live() && byHash.size() < MAX_ENTRIES) {
            byHash.put(sha256, entry);
            if (generation.get() != before) byHash.remove(sha256, entry); // it may predate a revocation's commit
        }
        return entry;
    }

    /** Drops the token with this id (the notice's key). */
    @Override
    public void invalidate(String tokenId) {
        generation.incrementAndGet();
        byHash.values().removeIf(entry -> Long.toString(entry.token().tokenId()).equals(tokenId));
    }

    @Override
    public void invalidateAll() {
        generation.incrementAndGet();
        byHash.clear();
    }
}
