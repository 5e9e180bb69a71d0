package dev.ltt.db;

import java.util.List;

/**
 * The first entry of a backup file: what wrote it, the schema version its rows fit (the Flyway version), and
 * for each table the columns in the order of its data; the sequences' positions, so that a restored database
 * never hands out an id twice.
 */
public record BackupManifest(
        int format, String schemaVersion, String createdAt, List<Table> tables, List<Sequence> sequences) {
    public static final int FORMAT = 1;

    /** A table and the columns its data entry holds (generated columns are left out: PostgreSQL computes them). */
    public record Table(String name, List<String> columns) {}

    /** A sequence and its last value ({@code null} when never used). */
    public record Sequence(String name, Long lastValue) {}
}
