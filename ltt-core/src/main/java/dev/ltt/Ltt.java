package dev.ltt;

import dev.ltt.db.Database;
import dev.ltt.db.Invalidations;
import dev.ltt.usecase.UseCases;

/**
 * The engine wired together with {@code new}: one instance per process, shared by every door. Thread-safe.
 * It listens for cache invalidations from other processes on the same database (see {@link Invalidations}).
 * Closing it closes the database (and stops the embedded server if this process owns it).
 */
public final class Ltt implements AutoCloseable {
    private final Database database;
    private final Invalidations invalidations;
    private final UseCases useCases;

    /** The engine without an admin token: every use-case works; only the admin cannot authenticate. */
    public Ltt(Database database) {
        this(database, null);
    }

    public Ltt(Database database, String adminToken) {
        this.database = database;
        this.invalidations = Invalidations.listen(database);
        this.useCases = new UseCases(database.jdbi(), java.time.Clock.systemUTC(), adminToken, invalidations);
    }

    /** Every use-case, wired once. */
    public UseCases use() {
        return useCases;
    }

    public Database database() {
        return database;
    }

    @Override
    public void close() {
        useCases.close();
        invalidations.close();
        database.close();
    }
}
