package dev.ltt.instance;

import java.util.List;
import java.util.Optional;
import org.jdbi.v3.core.Handle;

/** SQL for learners. Every method takes the caller's {@link Handle}: use-cases own transactions. */
public final class LearnerStore {

    /** Inserts the learner; false when the id is taken. */
    public boolean insert(Handle h, String id, String name, String email) {
        return h.createUpdate("""
                        INSERT INTO learners (learner_id, name, email) VALUES (:id, :name, :email)
                        ON CONFLICT (learner_id) DO NOTHING
                        """)
                        .bind("id", id)
                        .bind("name", name)
                        .bind("email", email)
                        .execute()
                == 1;
    }

    public Optional<Learner> find(Handle h, String id) {
        return h.createQuery("SELECT learner_id, name, email, created_at FROM learners WHERE learner_id = :id")
                .bind("id", id)
                .map((rs, ctx) -> new Learner(
                        rs.getString(1),
                        rs.getString(2),
                        rs.getString(3),
                        rs.getTimestamp(4).toInstant()))
                .findOne();
    }

    /**
     * Locks the learner's row for the rest of the transaction and says whether it exists. Every change to a
     * learner's state takes this lock first, so concurrent calls for one learner apply one after another
     * while different learners never wait for each other.
     */
    public boolean lock(Handle h, String id) {
        return h.createQuery("SELECT 1 FROM learners WHERE learner_id = :id FOR UPDATE")
                .bind("id", id)
                .mapTo(Integer.class)
                .findOne()
                .isPresent();
    }

    public List<Learner> list(Handle h, int limit, int offset) {
        return h.createQuery("""
                        SELECT learner_id, name, email, created_at FROM learners
                        ORDER BY learner_id LIMIT :limit OFFSET :offset
                        """)
                .bind("limit", limit)
                .bind("offset", offset)
                .map((rs, ctx) -> new Learner(
                        rs.getString(1),
                        rs.getString(2),
                        rs.getString(3),
                        rs.getTimestamp(4).toInstant()))
                .list();
    }
}
