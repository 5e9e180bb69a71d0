package dev.ltt.db;

import com.fasterxml.jackson.core.type.TypeReference;
import dev.ltt.error.ConflictException;
import dev.ltt.error.InvalidInputException;
import dev.ltt.json.Json;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.zip.ZipEntry;
import java.util.zip.ZipException;
import java.util.zip.ZipFile;
import org.postgresql.PGConnection;
import org.postgresql.copy.CopyManager;

/**
 * {@code ltt db restore FILE}: loads a {@link Backup} into a database that holds no data (a fresh data dir),
 * or, with {@code force}, replaces everything a database holds. The schema is first migrated to the backup's
 * version, the rows are copied in one transaction (all or nothing, row counts checked), the sequences set past
 * every id, and then the schema is migrated to this build's version. No other LTT process may be connected:
 * their caches would no longer match what is stored.
 */
public final class Restore {
    /** What a restore loaded. */
    public record Summary(Path file, String schemaVersion, Map<String, Long> rows) {}

    private static final String ROWS_HELD = """
            SELECT c.relname FROM pg_class c
            WHERE c.relnamespace = 'public'::regnamespace AND c.relkind IN ('r', 'p') AND NOT c.relispartition
              AND c.relname <> 'flyway_schema_history'""";
    private static final String OTHER_LTT_CONNECTIONS = """
            SELECT count(*)::text FROM pg_stat_activity
            WHERE datname = current_database() AND application_name LIKE 'ltt%' AND application_name <> ?""";

    private Restore() {}

    public static Summary read(Database db, Path file, boolean force) {
        if (!Files.isRegularFile(file)) throw new InvalidInputException("FILE", "no backup file " + file);
        try (ZipFile zip = new ZipFile(file.toFile())) {
            BackupManifest manifest = manifest(db, zip, file);
            Map<String, Long> expected = Json.MAPPER.readValue(entry(zip, "rows.json", file), new TypeReference<>() {});
            prepare(db, force);
            Migrations.migrateTo(db.dataSource(), manifest.schemaVersion());
            Map<String, Long> rows = load(db, zip, manifest, file);
            if (!rows.equals(expected)) {
                throw new IllegalStateException(
                        "the restored row counts " + rows + " differ from the backup's " + expected);
            }
            Migrations.migrate(db.dataSource());
            return new Summary(file, manifest.schemaVersion(), rows);
        } catch (ZipException e) {
            throw new InvalidInputException("FILE", file + " is not an LTT backup (" + e.getMessage() + ")");
        } catch (IOException e) {
            throw new UncheckedIOException("could not read the backup " + file, e);
        }
    }

    private static BackupManifest manifest(Database db, ZipFile zip, Path file) throws IOException {
        BackupManifest manifest;
        try {
            manifest = Json.MAPPER.readValue(entry(zip, "backup.json", file), BackupManifest.class);
        } catch (com.fasterxml.jackson.core.JacksonException e) {
            throw new InvalidInputException("FILE", file + " is not an LTT backup (its backup.json cannot be read)");
        }
        if (manifest.format() != BackupManifest.FORMAT) {
            throw new InvalidInputException(
                    "FILE",
                    file + " is a backup of format " + manifest.format() + "; this LTT reads format "
                            + BackupManifest.FORMAT);
        }
        if (manifest.schemaVersion() == null || !Migrations.knows(db.dataSource(), manifest.schemaVersion())) {
            throw new InvalidInputException(
                    "FILE",
                    file + " was made at schema version " + manifest.schemaVersion()
                            + ", which this LTT does not know: restore it with the LTT that made it, or a newer one");
        }
        return manifest;
    }

    private static InputStream entry(ZipFile zip, String name, Path file) throws IOException {
        ZipEntry entry = zip.getEntry(name);
        if (entry == null)
            throw new InvalidInputException("FILE", file + " is not an LTT backup (it has no " + name + ")");
        return zip.getInputStream(entry);
    }

    /** Refuses when other LTT processes are connected or data is there (unless forced); then empties the schema. */
    private static void prepare(Database db, boolean force) {
        try (Connection c = db.dataSource().getConnection();
                Statement s = c.createStatement()) {
            long others = Long.parseLong(Backup.strings(c, OTHER_LTT_CONNECTIONS, Database.APPLICATION_NAME)
                    .get(0));
            if (others > 0) {
                throw new ConflictException(
                        "another LTT process is using this database (" + others + " connections): stop "
                                + "'ltt serve' and 'ltt mcp' on it first, since a restore replaces everything they hold");
            }
            List<String> tables = Backup.strings(c, ROWS_HELD, null);
            List<String> holding = tables.stream().filter(t -> hasRows(c, t)).toList();
            if (!holding.isEmpty() && !force) {
                throw new ConflictException("the database already holds data (in " + String.join(", ", holding)
                        + "): restore into a fresh --data-dir, or pass --force to replace everything it holds");
            }
            if (!tables.isEmpty() || SchemaVersion.of(c) != null) {
                s.execute("DROP SCHEMA public CASCADE");
                s.execute("CREATE SCHEMA public");
            }
        } catch (SQLException e) {
            throw Outages.isOutage(e)
                    ? Outages.unavailable(e)
                    : new IllegalStateException("could not prepare the restore: " + e.getMessage(), e);
        }
    }

    private static boolean hasRows(Connection c, String table) {
        try (Statement s = c.createStatement();
                var r = s.executeQuery("SELECT EXISTS (SELECT 1 FROM " + SqlNames.quote(table) + ")")) {
            return r.next() && r.getBoolean(1);
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
    }

    /** Copies every table in (parents before the tables that refer to them) and sets the sequences, in one transaction. */
    private static Map<String, Long> load(Database db, ZipFile zip, BackupManifest manifest, Path file)
            throws IOException {
        try (Connection c = db.dataSource().getConnection()) {
            c.setAutoCommit(false);
            CopyManager copy = c.unwrap(PGConnection.class).getCopyAPI();
            Map<String, Long> rows = new LinkedHashMap<>();
            try (Statement s = c.createStatement()) {
                for (BackupManifest.Table table : ForeignKeyOrder.of(c, manifest.tables())) {
                    String name = SqlNames.quote(table.name());
                    s.execute("ALTER TABLE " + name + " DISABLE TRIGGER USER"); // the rows are stored as they were
                    try (InputStream data = entry(zip, "tables/" + table.name() + ".copy", file)) {
                        rows.put(
                                table.name(),
                                copy.copyIn(
                                        "COPY " + name + " (" + SqlNames.list(table.columns()) + ") FROM STDIN", data));
                    }
                    s.execute("ALTER TABLE " + name + " ENABLE TRIGGER USER");
                }
                for (BackupManifest.Sequence sequence : manifest.sequences()) {
                    if (sequence.lastValue() == null) continue;
                    try (var set = c.prepareStatement("SELECT setval(?::regclass, ?, true)")) {
                        set.setString(1, SqlNames.quote(sequence.name()));
                        set.setLong(2, sequence.lastValue());
                        set.execute();
                    }
                }
            }
            c.commit();
            Map<String, Long> ordered = new LinkedHashMap<>();
            manifest.tables().forEach(t -> ordered.put(t.name(), rows.get(t.name())));
            return ordered;
        } catch (SQLException e) {
            throw Outages.isOutage(e)
                    ? Outages.unavailable(e)
                    : new IllegalStateException("the restore failed and was rolled back: " + e.getMessage(), e);
        }
    }
}
