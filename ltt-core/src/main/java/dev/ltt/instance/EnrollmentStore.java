package dev.ltt.instance;

import java.util.Optional;
import org.jdbi.v3.core.Handle;

/** Which version of a project (by slug) a learner is on; written with the learner's first change there. */
public final class EnrollmentStore {

    public Optional<Long> projectOf(Handle h, String learnerId, String slug) {
        return h.createQuery("SELECT project_pk FROM enrollments WHERE learner_id = :learner AND slug = :slug")
                .bind("learner", learnerId)
                .bind("slug", slug)
                .mapTo(Long.class)
                .findOne();
    }

    /**
     * In one query: whether the learner exists, and the version of {@code slug} they are on (null when they
     * have not changed anything there yet). Empty when there is no such learner.
     */
    public Optional<Enrollment> learnerAndEnrollment(Handle h, String learnerId, String slug) {
        return h.createQuery("""
                        SELECT e.project_pk FROM learners l
                        LEFT JOIN enrollments e ON e.learner_id = l.learner_id AND e.slug = :slug
                        WHERE l.learner_id = :learner
                        """)
                .bind("learner", learnerId)
                .bind("slug", slug)
                .map((rs, ctx) -> new Enrollment(learnerId, slug, rs.getObject(1, Long.class)))
                .findOne();
    }

    /** A learner's version of a project; {@code projectPk} is null when not enrolled yet. */
    public record Enrollment(String learnerId, String slug, Long projectPk) {}

    /** Adds to {@code trip} the statement that enrolls the learner in version {@code projectPk} of {@code slug}. */
    public void enroll(RoundTrip trip, String learnerId, String slug, long projectPk) {
        trip.add("""
                        INSERT INTO enrollments (learner_id, slug, project_pk) VALUES (:learner, :slug, :project)
                        ON CONFLICT (learner_id, slug) DO NOTHING
                        """).bind("learner", learnerId).bind("slug", slug).bind("project", projectPk);
    }
}
