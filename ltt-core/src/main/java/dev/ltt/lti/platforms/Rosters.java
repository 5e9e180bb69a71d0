package dev.ltt.lti.platforms;

import java.sql.Timestamp;
import java.time.Instant;
import java.util.List;
import org.jdbi.v3.core.Handle;

/** SQL for course rosters (NRPS) and their members: tool-side rows keyed by platform and course. */
public final class Rosters {

    /** A roster due for fetching. */
    public record Due(long registrationId, String contextId, String slug, String membershipsUrl) {}

    /** A course member as the platform lists them. */
    public record Member(String sub, String name, String email, boolean staff) {}

    /** Remembers the roster of a launch's course; a known roster keeps its schedule. */
    public void remember(Handle h, long registrationId, String contextId, String slug, String url, Instant now) {
        h.createUpdate("""
                        INSERT INTO lti_rosters (registration_id, context_id, slug, memberships_url, next_fetch_at)
                        VALUES (:r, :c, :slug, :url, :now)
                        ON CONFLICT (registration_id, context_id, slug) DO UPDATE SET memberships_url = excluded.memberships_url
                        """)
                .bind("r", registrationId)
                .bind("c", contextId)
                .bind("slug", slug)
                .bind("url", url)
                .bind("now", Timestamp.from(now))
                .execute();
    }

    public List<Due> claimDue(Handle h, Instant now, int limit) {
        return h.createQuery("""
                        UPDATE lti_rosters o SET claimed_until = :until
                        FROM (SELECT registration_id, context_id, slug FROM lti_rosters
                              WHERE next_fetch_at <= :now AND (claimed_until IS NULL OR claimed_until < :now)
                              ORDER BY next_fetch_at LIMIT :limit FOR UPDATE SKIP LOCKED) due
                        WHERE o.registration_id = due.registration_id AND o.context_id = due.context_id AND o.slug = due.slug
                        RETURNING o.registration_id, o.context_id, o.slug, o.memberships_url
                        """)
                .bind("now", Timestamp.from(now))
                .bind("until", Timestamp.from(now.plusSeconds(120)))
                .bind("limit", limit)
                .map((rs, ctx) -> new Due(rs.getLong(1), rs.getString(2), rs.getString(3), rs.getString(4)))
                .list();
    }

    /** Replaces the course's members with the fetched list and schedules the next fetch. */
    public void store(Handle h, Due due, List<Member> members, Instant next) {
        h.createUpdate("DELETE FROM lti_roster_members WHERE registration_id = :r AND context_id = :c")
                .bind("r", due.registrationId())
                .bind("c", due.contextId())
                .execute();
        var batch = h.prepareBatch("""
                INSERT INTO lti_roster_members (registration_id, context_id, sub, name, email, staff)
                VALUES (:r, :c, :sub, :name, :email, :staff) ON CONFLICT DO NOTHING
                """);
        for (Member m : members) {
            batch.bind("r", due.registrationId())
                    .bind("c", due.contextId())
                    .bind("sub", m.sub())
                    .bind("name", m.name())
                    .bind("email", m.email())
                    .bind("staff", m.staff())
                    .add();
        }
        if (!members.isEmpty()) batch.execute();
        h.createUpdate("""
                        UPDATE lti_rosters SET fetched_at = now(), next_fetch_at = :next, claimed_until = NULL, last_error = NULL
                        WHERE registration_id = :r AND context_id = :c AND slug = :slug
                        """)
                .bind("r", due.registrationId())
                .bind("c", due.contextId())
                .bind("slug", due.slug())
                .bind("next", Timestamp.from(next))
                .execute();
    }

    public void failed(Handle h, Due due, String error, Instant retry) {
        h.createUpdate("""
                        UPDATE lti_rosters SET next_fetch_at = :retry, claimed_until = NULL, last_error = :error
                        WHERE registration_id = :r AND context_id = :c AND slug = :slug
                        """)
                .bind("r", due.registrationId())
                .bind("c", due.contextId())
                .bind("slug", due.slug())
                .bind("retry", Timestamp.from(retry))
                .bind("error", error)
                .execute();
    }

    /** Learners (not staff) of the rosters of a project, with their platform's issuer. */
    public List<NotStarted.Member> learnersOf(Handle h, String slug) {
        return h.createQuery("""
                        SELECT DISTINCT g.issuer, m.sub, m.name, m.email
                        FROM lti_rosters r JOIN lti_roster_members m
                             ON m.registration_id = r.registration_id AND m.context_id = r.context_id
                        JOIN lti_registrations g ON g.id = r.registration_id
                        WHERE r.slug = :slug AND NOT m.staff ORDER BY m.name, m.sub LIMIT 5000
                        """)
                .bind("slug", slug)
                .map((rs, ctx) ->
                        new NotStarted.Member(rs.getString(1), rs.getString(2), rs.getString(3), rs.getString(4)))
                .list();
    }
}
