package dev.ltt.lti.platforms;

import dev.ltt.error.NotFoundException;
import java.util.List;
import org.jdbi.v3.core.Jdbi;

/** The platforms LTT trusts: all of them, or one by id. */
public final class ListRegistrations {
    private final Jdbi jdbi;
    private final RegistrationStore store;

    public ListRegistrations(Jdbi jdbi, RegistrationStore store) {
        this.jdbi = jdbi;
        this.store = store;
    }

    public List<Registration> list() {
        return jdbi.withHandle(store::list);
    }

    public Registration show(long id) {
        return jdbi.withHandle(h -> store.find(h, id)).orElseThrow(() -> notFound(id));
    }

    public static NotFoundException notFound(long id) {
        return new NotFoundException("no LTI registration " + id + ": list the registrations to see their ids");
    }
}
