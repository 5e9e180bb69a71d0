package dev.ltt.lti.platforms;

import org.jdbi.v3.core.Jdbi;

/**
 * Removes a platform registration: its launches are refused from now on. Learners it created, their progress
 * and their queued scores stay (scores for a removed registration are not sent).
 */
public final class RemoveRegistration {
    private final Jdbi jdbi;
    private final RegistrationStore store;

    public RemoveRegistration(Jdbi jdbi, RegistrationStore store) {
        this.jdbi = jdbi;
        this.store = store;
    }

    /** Removes it and answers what was removed. */
    public Registration remove(long id) {
        return jdbi.inTransaction(h -> {
            Registration removed = store.find(h, id).orElseThrow(() -> ListRegistrations.notFound(id));
            store.delete(h, id);
            return removed;
        });
    }
}
