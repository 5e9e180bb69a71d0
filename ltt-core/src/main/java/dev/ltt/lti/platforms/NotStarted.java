package dev.ltt.lti.platforms;

import dev.ltt.lti.Identities;
import java.util.List;
import java.util.Set;
import org.jdbi.v3.core.Jdbi;

/**
 * The course members (from the platform's roster, NRPS) who have not started a project: never launched, or
 * launched but changed nothing yet. For the instructor's cohort page.
 */
public final class NotStarted {
    private final Jdbi jdbi;
    private final Rosters rosters;

    public NotStarted(Jdbi jdbi, Rosters rosters) {
        this.jdbi = jdbi;
        this.rosters = rosters;
    }

    /** A course member as the roster names them. */
    public record Member(String issuer, String sub, String name, String email) {}

    public List<Member> in(String slug) {
        return jdbi.withHandle(h -> {
            List<Member> members = rosters.learnersOf(h, slug);
            if (members.isEmpty()) return members;
            String[] ids = members.stream()
                    .map(m -> Identities.learnerId(m.issuer(), m.sub()))
                    .toArray(String[]::new);
            Set<String> started = Set.copyOf(
                    h.createQuery("SELECT learner_id FROM enrollments WHERE slug = :slug AND learner_id = ANY(:ids)")
                            .bind("slug", slug)
                            .bind("ids", ids)
                            .mapTo(String.class)
                            .list());
            return members.stream()
                    .filter(m -> !started.contains(Identities.learnerId(m.issuer(), m.sub())))
                    .toList();
        });
    }
}
