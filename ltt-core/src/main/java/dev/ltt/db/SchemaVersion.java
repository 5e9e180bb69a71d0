package dev.ltt.db;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;

/** The schema version a database is at: the highest successful Flyway migration, or null when none ran. */
final class SchemaVersion {
    private static final String CURRENT = """
            SELECT version FROM flyway_schema_history WHERE success AND version IS NOT NULL
            ORDER BY string_to_array(version, '.')::int[] DESC LIMIT 1""";

    private SchemaVersion() {}

    static String of(Connection c) throws SQLException {
        if (!Backup.strings(c, "SELECT to_regclass('public.flyway_schema_history')::text", null).stream()
                .anyMatch(v -> v != null)) {
            return null;
        }
        try (Statement s = c.createStatement();
                ResultSet r = s.executeQuery(CURRENT)) {
            return r.next() ? r.getString(1) : null;
        }
    }
}
