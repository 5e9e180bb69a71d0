package dev.ltt.validation;

import java.nio.file.Path;
import java.sql.SQLException;
import java.sql.Statement;
import org.sqlite.SQLiteConfig;
import org.sqlite.SQLiteConnection;

/**
 * A project's SQL dataset, held as the bytes of a SQLite database image. Each {@link #openCopy()} gives a
 * fresh private in-memory database, so nothing a submission does reaches the dataset or another submission.
 * Immutable and thread-safe.
 */
public final class SqlDataset {
    private final String name;
    private final byte[] image;
    private volatile byte[] fingerprint;

    private SqlDataset(String name, byte[] image) {
        this.name = name;
        this.image = image;
    }

    /** Builds the dataset by running a SQL script (statements separated by semicolons) in a new database. */
    public static SqlDataset fromScript(String name, String script) throws SQLException {
        try (SQLiteConnection db = memory()) {
            try (Statement statement = db.createStatement()) {
                for (String sql : SqlSplitter.split(script)) statement.execute(sql);
            }
            return new SqlDataset(name, db.serialize("main"));
        }
    }

    /** Reads a SQLite database file into memory with SQLite's restore (backup) API; the file is not changed. */
    public static SqlDataset fromFile(String name, Path file) throws SQLException {
        try (SQLiteConnection db = memory()) {
            db.getDatabase().restore("main", file.toAbsolutePath().toString(), null);
            return new SqlDataset(name, db.serialize("main"));
        }
    }

    /** A dataset from the bytes of a SQLite database image (as {@code sqlite3_serialize} gives them). */
    static SqlDataset fromImage(String name, byte[] image) {
        return new SqlDataset(name, image.clone());
    }

    public String name() {
        return name;
    }

    /** A learner's copy in its stored form: the pages that differ from this dataset ({@link PageDelta}). */
    byte[] delta(byte[] copy) {
        return PageDelta.between(image, fingerprint(), copy);
    }

    /** The learner's copy that {@link #delta} stored; throws {@link OutdatedCopyException} if made from other data. */
    byte[] restore(byte[] delta) {
        try {
            return PageDelta.apply(image, fingerprint(), delta, name);
        } catch (SqlDatasetException e) {
            throw new OutdatedCopyException(e.getMessage());
        }
    }

    private byte[] fingerprint() {
        if (fingerprint == null) fingerprint = PageDelta.fingerprint(image);
        return fingerprint;
    }

    /** A learner's stored copy that does not fit this dataset (the dataset changed since, or it is damaged). */
    static final class OutdatedCopyException extends RuntimeException {
        OutdatedCopyException(String message) {
            super(message);
        }
    }

    /** How many pages the dataset has (its page size is read from the image's header). */
    long pages() {
        int pageSize = image.length < 18 ? 4096 : ((image[16] & 0xff) << 8) | (image[17] & 0xff);
        return image.length / (pageSize == 1 ? 65_536 : Math.max(pageSize, 512));
    }

    /** A new in-memory database holding a copy of the dataset; the caller closes it, which discards it. */
    public SQLiteConnection openCopy() throws SQLException {
        return open(image);
    }

    /** A new in-memory database holding a copy of {@code image}, e.g. a learner's own copy of a dataset. */
    static SQLiteConnection open(byte[] image) throws SQLException {
        SQLiteConnection db = memory();
        try {
            db.deserialize("main", image);
            return db;
        } catch (SQLException | RuntimeException e) {
            db.close();
            throw e;
        }
    }

    private static SQLiteConnection memory() throws SQLException {
        return (SQLiteConnection) new SQLiteConfig().createConnection("jdbc:sqlite::memory:");
    }
}
