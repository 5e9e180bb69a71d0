package dev.ltt.lti.grades;

import dev.ltt.instance.RoundTrip;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.List;
import org.jdbi.v3.core.Handle;

/**
 * SQL for grade links (where a learner's progress in a project is passed back) and the score outbox. Writes are
 * per learner; only the sender's sweep for due rows reads across learners, as a queue does.
 */
public final class ScoreOutbox {

    /** A score claimed for sending, with the revision it was claimed at. */
    public record Due(
            String learnerId,
            String lineItem,
            long registrationId,
            String sub,
            int scoreGiven,
            int scoreMaximum,
            String activityProgress,
            Instant timestamp,
            long revision,
            int attempts) {}

    public void link(Handle h, String learnerId, String lineItem, String slug, long registrationId, String sub) {
        h.createUpdate("""
                        INSERT INTO lti_grade_links (learner_id, line_item, slug, registration_id, sub)
                        VALUES (:l, :item, :slug, :reg, :sub)
                        ON CONFLICT (learner_id, line_item) DO UPDATE SET slug = excluded.slug,
                            registration_id = excluded.registration_id, sub = excluded.sub
                        """)
                .bind("l", learnerId)
                .bind("item", lineItem)
                .bind("slug", slug)
                .bind("reg", registrationId)
                .bind("sub", sub)
                .execute();
    }

    /**
     * Adds to {@code trip} the statement that queues the learner's latest score for every grade link they have in
     * {@code slug} (none for most learners: then it writes nothing), coalescing: a newer score replaces one not sent yet, and its
     * timestamp is strictly later than the one queued before, whatever the clock says.
     */
    public void queueForLinks(
            RoundTrip trip, String learnerId, String slug, int given, int maximum, String progress, Instant now) {
        trip.add("""
                        INSERT INTO lti_score_outbox (learner_id, line_item, slug, registration_id, sub, score_given,
                            score_maximum, activity_progress, score_timestamp, status, next_attempt_at)
                        SELECT g.learner_id, g.line_item, g.slug, g.registration_id, g.sub, :scoreGiven, :scoreMax,
                               :scoreProgress, :scoreNow, 'pending', :scoreNow
                        FROM lti_grade_links g WHERE g.learner_id = :scoreLearner AND g.slug = :scoreSlug
                        """ + ON_CONFLICT)
                .bind("scoreLearner", learnerId)
                .bind("scoreSlug", slug)
                .bind("scoreGiven", given)
                .bind("scoreMax", maximum)
                .bind("scoreProgress", progress)
                .bind("scoreNow", Timestamp.from(now));
    }

    /** A newer score replaces one not sent yet; a failed one stays failed, and keeps its backoff. */
    private static final String ON_CONFLICT = """
            ON CONFLICT (learner_id, line_item) DO UPDATE SET
                slug = excluded.slug, registration_id = excluded.registration_id, sub = excluded.sub,
                score_given = excluded.score_given, score_maximum = excluded.score_maximum,
                activity_progress = excluded.activity_progress,
                score_timestamp = greatest(excluded.score_timestamp,
                                           lti_score_outbox.score_timestamp + interval '1 microsecond'),
                revision = lti_score_outbox.revision + 1,
                status = CASE WHEN lti_score_outbox.status = 'failed' THEN 'failed' ELSE 'pending' END,
                attempts = CASE WHEN lti_score_outbox.status = 'failed' THEN lti_score_outbox.attempts ELSE 0 END,
                next_attempt_at = CASE WHEN lti_score_outbox.status = 'failed'
                    THEN greatest(lti_score_outbox.next_attempt_at, excluded.next_attempt_at)
                    ELSE excluded.next_attempt_at END
            """;

    /** Claims up to {@code limit} due scores for a minute, skipping those another sender holds. */
    public List<Due> claimDue(Handle h, Instant now, int limit) {
        return h.createQuery("""
                        UPDATE lti_score_outbox o SET claimed_until = :until
                        FROM (SELECT learner_id, line_item FROM lti_score_outbox
                              WHERE status <> 'sent' AND next_attempt_at <= :now
                                AND (claimed_until IS NULL OR claimed_until < :now)
                              ORDER BY next_attempt_at LIMIT :limit FOR UPDATE SKIP LOCKED) due
                        WHERE o.learner_id = due.learner_id AND o.line_item = due.line_item
                        RETURNING o.learner_id, o.line_item, o.registration_id, o.sub, o.score_given, o.score_maximum,
                                  o.activity_progress, o.score_timestamp, o.revision, o.attempts
                        """)
                .bind("now", Timestamp.from(now))
                .bind("until", Timestamp.from(now.plusSeconds(60)))
                .bind("limit", limit)
                .map((rs, ctx) -> new Due(
                        rs.getString(1),
                        rs.getString(2),
                        rs.getLong(3),
                        rs.getString(4),
                        rs.getInt(5),
                        rs.getInt(6),
                        rs.getString(7),
                        rs.getTimestamp(8).toInstant(),
                        rs.getLong(9),
                        rs.getInt(10)))
                .list();
    }

    /** Marks the claimed revision sent; a score queued meanwhile stays pending (it is newer). */
    public void sent(Handle h, Due due, Instant now) {
        h.createUpdate("""
                        UPDATE lti_score_outbox SET
                            status = CASE WHEN revision = :rev THEN 'sent' ELSE 'pending' END,
                            attempts = CASE WHEN revision = :rev THEN attempts + 1 ELSE 0 END,
                            last_error = NULL, sent_at = :now, claimed_until = NULL
                        WHERE learner_id = :l AND line_item = :item
                        """)
                .bind("l", due.learnerId())
                .bind("item", due.lineItem())
                .bind("rev", due.revision())
                .bind("now", Timestamp.from(now))
                .execute();
    }

    public void failed(Handle h, Due due, String error, Instant retryAt) {
        h.createUpdate("""
                        UPDATE lti_score_outbox SET status = 'failed', attempts = attempts + 1, last_error = :error,
                            next_attempt_at = :retry, claimed_until = NULL
                        WHERE learner_id = :l AND line_item = :item
                        """)
                .bind("l", due.learnerId())
                .bind("item", due.lineItem())
                .bind("error", error)
                .bind("retry", Timestamp.from(retryAt))
                .execute();
    }

    /** The outbox, optionally for one learner and/or one status, newest changes first. */
    public List<Grade> list(Handle h, String learnerId, String status, int limit) {
        return h.createQuery("""
                        SELECT learner_id, slug, line_item, score_given, score_maximum, activity_progress, status,
                               attempts, last_error, sent_at, next_attempt_at
                        FROM lti_score_outbox
                        WHERE (CAST(:l AS text) IS NULL OR learner_id = :l)
                          AND (CAST(:status AS text) IS NULL OR status = :status)
                        ORDER BY score_timestamp DESC LIMIT :limit
                        """)
                .bind("l", learnerId)
                .bind("status", status)
                .bind("limit", limit)
                .map((rs, ctx) -> grade(rs))
                .list();
    }

    public List<Grade> failedIn(Handle h, String slug, int limit) {
        return h.createQuery("""
                        SELECT learner_id, slug, line_item, score_given, score_maximum, activity_progress, status,
                               attempts, last_error, sent_at, next_attempt_at
                        FROM lti_score_outbox WHERE slug = :slug AND status = 'failed'
                        ORDER BY score_timestamp DESC LIMIT :limit
                        """)
                .bind("slug", slug)
                .bind("limit", limit)
                .map((rs, ctx) -> grade(rs))
                .list();
    }

    private static Grade grade(ResultSet rs) throws SQLException {
        Timestamp sent = rs.getTimestamp(10);
        return new Grade(
                rs.getString(1),
                rs.getString(2),
                rs.getString(3),
                rs.getInt(4),
                rs.getInt(5),
                rs.getString(6),
                rs.getString(7),
                rs.getInt(8),
                rs.getString(9),
                sent == null ? null : sent.toInstant(),
                rs.getTimestamp(11).toInstant());
    }
}
