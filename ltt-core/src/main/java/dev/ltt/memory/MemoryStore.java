package dev.ltt.memory;

import java.sql.Array;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import org.jdbi.v3.core.Handle;

/** SQL for profiles ({@code learner_profiles}) and observations ({@code learner_observations}), by learner. */
final class MemoryStore {
    private static final String PROFILE_COLUMNS = """
            name, experience, learning_style, communication_preferences, strengths, areas_for_growth, interests,
            background, updated_at, updated_by
            """;
    private static final String OBSERVATION_COLUMNS = "observation_id, text, context, slug, author, created_at";

    Optional<Profile> profile(Handle h, String learnerId) {
        return h.createQuery("SELECT " + PROFILE_COLUMNS + " FROM learner_profiles WHERE learner_id = :learner")
                .bind("learner", learnerId)
                .map((rs, ctx) -> profile(rs))
                .findOne();
    }

    void saveProfile(Handle h, String learnerId, Profile p) {
        h.createUpdate("""
                        INSERT INTO learner_profiles (learner_id, name, experience, learning_style,
                            communication_preferences, strengths, areas_for_growth, interests, background,
                            updated_at, updated_by)
                        VALUES (:learner, :name, :experience, :style, :prefs, :strengths, :growth, :interests,
                            :background, :at, :by)
                        ON CONFLICT (learner_id) DO UPDATE SET name = excluded.name, experience = excluded.experience,
                            learning_style = excluded.learning_style,
                            communication_preferences = excluded.communication_preferences,
                            strengths = excluded.strengths, areas_for_growth = excluded.areas_for_growth,
                            interests = excluded.interests, background = excluded.background,
                            updated_at = excluded.updated_at, updated_by = excluded.updated_by
                        """)
                .bind("learner", learnerId)
                .bind("name", p.name())
                .bind("experience", p.experience())
                .bind("style", p.learningStyle())
                .bind("background", p.background())
                .bindArray("prefs", String.class, p.communicationPreferences())
                .bindArray("strengths", String.class, p.strengths())
                .bindArray("growth", String.class, p.areasForGrowth())
                .bindArray("interests", String.class, p.interests())
                .bind("at", Timestamp.from(p.updatedAt()))
                .bind("by", p.updatedBy())
                .execute();
    }

    boolean deleteProfile(Handle h, String learnerId) {
        return h.createUpdate("DELETE FROM learner_profiles WHERE learner_id = :learner")
                        .bind("learner", learnerId)
                        .execute()
                > 0;
    }

    Observation addObservation(Handle h, String learnerId, String slug, String text, String context, String author) {
        return h.createQuery("""
                        INSERT INTO learner_observations (learner_id, slug, text, context, author)
                        VALUES (:learner, :slug, :text, :context, :author)
                        RETURNING\s""" + OBSERVATION_COLUMNS)
                .bind("learner", learnerId)
                .bind("slug", slug)
                .bind("text", text)
                .bind("context", context)
                .bind("author", author)
                .map((rs, ctx) -> observation(rs))
                .one();
    }

    int countObservations(Handle h, String learnerId) {
        return h.createQuery("SELECT count(*) FROM learner_observations WHERE learner_id = :learner")
                .bind("learner", learnerId)
                .mapTo(Integer.class)
                .one();
    }

    /** Every observation of the learner, newest first. */
    List<Observation> observations(Handle h, String learnerId, int limit) {
        return h.createQuery("SELECT " + OBSERVATION_COLUMNS + """
                         FROM learner_observations WHERE learner_id = :learner
                        ORDER BY observation_id DESC LIMIT :limit
                        """)
                .bind("learner", learnerId)
                .bind("limit", limit)
                .map((rs, ctx) -> observation(rs))
                .list();
    }

    /** The global observations and those about project {@code slug}, newest first. */
    List<Observation> observationsFor(Handle h, String learnerId, String slug, int limit) {
        return h.createQuery("SELECT " + OBSERVATION_COLUMNS + """
                         FROM learner_observations
                        WHERE learner_id = :learner AND (slug IS NULL OR slug = :slug)
                        ORDER BY observation_id DESC LIMIT :limit
                        """)
                .bind("learner", learnerId)
                .bind("slug", slug)
                .bind("limit", limit)
                .map((rs, ctx) -> observation(rs))
                .list();
    }

    boolean deleteObservation(Handle h, String learnerId, long id) {
        return h.createUpdate("DELETE FROM learner_observations WHERE learner_id = :learner AND observation_id = :id")
                        .bind("learner", learnerId)
                        .bind("id", id)
                        .execute()
                > 0;
    }

    int deleteObservations(Handle h, String learnerId) {
        return h.createUpdate("DELETE FROM learner_observations WHERE learner_id = :learner")
                .bind("learner", learnerId)
                .execute();
    }

    private static Profile profile(ResultSet rs) throws SQLException {
        return new Profile(
                rs.getString(1),
                rs.getString(2),
                rs.getString(3),
                strings(rs.getArray(4)),
                strings(rs.getArray(5)),
                strings(rs.getArray(6)),
                strings(rs.getArray(7)),
                rs.getString(8),
                rs.getTimestamp(9).toInstant(),
                rs.getString(10));
    }

    private static List<String> strings(Array array) throws SQLException {
        return array == null ? List.of() : Arrays.asList((String[]) array.getArray());
    }

    private static Observation observation(ResultSet rs) throws SQLException {
        return Observation.stored(
                rs.getLong(1),
                rs.getString(2),
                rs.getString(3),
                rs.getString(4),
                rs.getString(5),
                rs.getTimestamp(6).toInstant());
    }
}
