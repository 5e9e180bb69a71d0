package dev.ltt.db;

import dev.ltt.json.Json;
import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;
import org.postgresql.PGConnection;
import org.postgresql.copy.CopyManager;

/**
 * {@code ltt db backup FILE}: a consistent snapshot of every table, taken in one {@code REPEATABLE READ READ ONLY}
 * transaction (so it sees exactly what was committed when it began, while writes go on) and written as a zip:
 * {@code backup.json} ({@link BackupManifest}), one {@code tables/NAME.copy} per table in PostgreSQL's COPY text
 * format, and {@code rows.json} with the row count of each. The embedded PostgreSQL has no {@code pg_dump}; this
 * needs only the JDBC driver, and works on an external PostgreSQL too.
 */
public final class Backup {
    /** What a backup wrote. */
    public record Summary(Path file, String schemaVersion, Map<String, Long> rows, long bytes) {}

    private static final String TABLES = """
            SELECT c.relname FROM pg_class c
            WHERE c.relnamespace = 'public'::regnamespace AND c.relkind IN ('r', 'p') AND NOT c.relispartition
              AND c.relname <> 'flyway_schema_history'
            ORDER BY c.relname""";
    private static final String COLUMNS = """
            SELECT a.attname FROM pg_attribute a
            WHERE a.attrelid = ('public.' || quote_ident(?))::regclass AND a.attnum > 0 AND NOT a.attisdropped
              AND a.attgenerated = ''
            ORDER BY a.attnum""";
    private static final String SEQUENCES = """
            SELECT sequencename, last_value FROM pg_sequences WHERE schemaname = 'public' ORDER BY sequencename""";

    private Backup() {}

    /** Writes the backup to {@code file} (through a temporary file beside it, moved into place when complete). */
    public static Summary write(Database db, Path file) {
        Path tmp = file.toAbsolutePath().resolveSibling(file.getFileName() + ".partial");
        try (Connection c = db.dataSource().getConnection()) {
            c.setAutoCommit(false);
            try (Statement s = c.createStatement()) {
                s.execute("SET TRANSACTION ISOLATION LEVEL REPEATABLE READ, READ ONLY");
            }
            Map<String, Long> rows;
            BackupManifest manifest;
            try (OutputStream out = Files.newOutputStream(tmp);
                    ZipOutputStream zip = new ZipOutputStream(out)) {
                manifest = manifest(c);
                zip.putNextEntry(new ZipEntry("backup.json"));
                zip.write(Json.writePretty(manifest).getBytes(java.nio.charset.StandardCharsets.UTF_8));
                zip.closeEntry();
                rows = copyTables(c, manifest, zip);
                zip.putNextEntry(new ZipEntry("rows.json"));
                zip.write(Json.writePretty(rows).getBytes(java.nio.charset.StandardCharsets.UTF_8));
                zip.closeEntry();
            }
            c.commit();
            Files.move(tmp, file, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
            return new Summary(file, manifest.schemaVersion(), rows, Files.size(file));
        } catch (SQLException e) {
            deleteQuietly(tmp);
            throw Outages.isOutage(e)
                    ? Outages.unavailable(e)
                    : new IllegalStateException("the backup failed: " + e.getMessage(), e);
        } catch (IOException e) {
            deleteQuietly(tmp);
            throw new UncheckedIOException("could not write the backup to " + file, e);
        }
    }

    private static BackupManifest manifest(Connection c) throws SQLException {
        List<BackupManifest.Table> tables = new ArrayList<>();
        for (String table : strings(c, TABLES, null))
            tables.add(new BackupManifest.Table(table, strings(c, COLUMNS, table)));
        List<BackupManifest.Sequence> sequences = new ArrayList<>();
        try (Statement s = c.createStatement();
                ResultSet r = s.executeQuery(SEQUENCES)) {
            while (r.next()) {
                String name = r.getString(1);
                long value = r.getLong(2);
                sequences.add(new BackupManifest.Sequence(name, r.wasNull() ? null : value));
            }
        }
        return new BackupManifest(
                BackupManifest.FORMAT, SchemaVersion.of(c), Instant.now().toString(), tables, sequences);
    }

    private static Map<String, Long> copyTables(Connection c, BackupManifest manifest, ZipOutputStream zip)
            throws SQLException, IOException {
        CopyManager copy = c.unwrap(PGConnection.class).getCopyAPI();
        Map<String, Long> rows = new LinkedHashMap<>();
        for (BackupManifest.Table table : manifest.tables()) {
            zip.putNextEntry(new ZipEntry("tables/" + table.name() + ".copy"));
            // a SELECT, not the table: COPY cannot read a partitioned table directly
            String sql = "COPY (SELECT " + SqlNames.list(table.columns()) + " FROM " + SqlNames.quote(table.name())
                    + ") TO STDOUT";
            rows.put(table.name(), copy.copyOut(sql, new NotClosing(zip)));
            zip.closeEntry();
        }
        return rows;
    }

    static List<String> strings(Connection c, String sql, String parameter) throws SQLException {
        try (var statement = c.prepareStatement(sql)) {
            if (parameter != null) statement.setString(1, parameter);
            List<String> values = new ArrayList<>();
            try (ResultSet r = statement.executeQuery()) {
                while (r.next()) values.add(r.getString(1));
            }
            return values;
        }
    }

    private static void deleteQuietly(Path file) {
        try {
            Files.deleteIfExists(file);
        } catch (IOException ignored) {
            // the partial file is named as such; nothing else to do
        }
    }

    /** The zip stream stays open across entries: CopyManager must not close it. */
    private static final class NotClosing extends java.io.FilterOutputStream {
        NotClosing(OutputStream out) {
            super(out);
        }

        @Override
        public void write(byte[] b, int off, int len) throws IOException {
            out.write(b, off, len);
        }

        @Override
        public void close() throws IOException {
            flush();
        }
    }
}
