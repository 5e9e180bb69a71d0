package dev.ltt.instance;

import java.io.ByteArrayOutputStream;
import java.util.Optional;
import java.util.zip.DataFormatException;
import java.util.zip.Deflater;
import java.util.zip.Inflater;
import org.jdbi.v3.core.Handle;

/**
 * SQL for each learner's own copy of a project's SQL dataset (table {@code learner_databases}), always scoped by
 * learner. Images are stored deflated; {@link #save} replaces a copy only if it is still the version the caller
 * read, so two writers can never silently overwrite each other.
 */
public final class LearnerDatabaseStore {
    /** A stored copy: its version (1 for the first) and the SQLite database image. */
    public record Stored(long version, byte[] image) {}

    public Optional<Stored> find(Handle h, String learnerId, String slug) {
        return h.createQuery("""
                        SELECT version, image, size_bytes FROM learner_databases
                        WHERE learner_id = :learner AND project_slug = :slug
                        """)
                .bind("learner", learnerId)
                .bind("slug", slug)
                .map((rs, ctx) -> new Stored(rs.getLong(1), inflate(rs.getBytes(2), rs.getLong(3))))
                .findOne();
    }

    /** The version of the learner's copy, and its size in bytes, without reading the image; empty when none. */
    public Optional<long[]> versionAndSize(Handle h, String learnerId, String slug) {
        return h.createQuery("""
                        SELECT version, size_bytes FROM learner_databases
                        WHERE learner_id = :learner AND project_slug = :slug
                        """)
                .bind("learner", learnerId)
                .bind("slug", slug)
                .map((rs, ctx) -> new long[] {rs.getLong(1), rs.getLong(2)})
                .findOne();
    }

    /**
     * Stores {@code image} as the next version after {@code readVersion} (0 when the learner had no copy).
     * False when the copy changed since it was read (the caller's work was judged on a stale copy).
     */
    public boolean save(Handle h, String learnerId, String slug, long readVersion, byte[] image) {
        byte[] deflated = deflate(image);
        if (readVersion == 0) {
            return h.createUpdate("""
                            INSERT INTO learner_databases (learner_id, project_slug, version, image, size_bytes)
                            VALUES (:learner, :slug, 1, :image, :size)
                            ON CONFLICT (learner_id, project_slug) DO NOTHING
                            """)
                            .bind("learner", learnerId)
                            .bind("slug", slug)
                            .bind("image", deflated)
                            .bind("size", (long) image.length)
                            .execute()
                    == 1;
        }
        return h.createUpdate("""
                        UPDATE learner_databases SET version = version + 1, image = :image, size_bytes = :size,
                               updated_at = now()
                        WHERE learner_id = :learner AND project_slug = :slug AND version = :read
                        """)
                        .bind("learner", learnerId)
                        .bind("slug", slug)
                        .bind("image", deflated)
                        .bind("size", (long) image.length)
                        .bind("read", readVersion)
                        .execute()
                == 1;
    }

    /** Deletes the learner's copy; true when there was one. */
    public boolean delete(Handle h, String learnerId, String slug) {
        return h.createUpdate("DELETE FROM learner_databases WHERE learner_id = :learner AND project_slug = :slug")
                        .bind("learner", learnerId)
                        .bind("slug", slug)
                        .execute()
                == 1;
    }

    private static byte[] deflate(byte[] image) {
        Deflater deflater = new Deflater(Deflater.BEST_SPEED);
        try {
            deflater.setInput(image);
            deflater.finish();
            ByteArrayOutputStream out = new ByteArrayOutputStream(image.length / 4 + 64);
            byte[] buffer = new byte[64 * 1024];
            while (!deflater.finished()) out.write(buffer, 0, deflater.deflate(buffer));
            return out.toByteArray();
        } finally {
            deflater.end();
        }
    }

    private static byte[] inflate(byte[] deflated, long size) {
        if (size > Integer.MAX_VALUE - 16) throw new IllegalStateException("a stored learner database is too large");
        Inflater inflater = new Inflater();
        try {
            inflater.setInput(deflated);
            byte[] image = new byte[(int) size];
            int n = 0;
            while (n < image.length && !inflater.finished()) {
                int got = inflater.inflate(image, n, image.length - n);
                if (got == 0 && (inflater.needsInput() || inflater.needsDictionary())) break;
                n += got;
            }
            if (n != image.length) throw new IllegalStateException("a stored learner database is damaged");
            return image;
        } catch (DataFormatException e) {
            throw new IllegalStateException("a stored learner database is damaged", e);
        } finally {
            inflater.end();
        }
    }
}
