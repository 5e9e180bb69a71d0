package dev.ltt.bench.serve;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;

/**
 * Where the bytes of {@code learner_task_progress} go, per row, summed over its partitions (while it had them): the heap (page
 * headers, line pointers, tuple headers, each column's stored bytes, the padding that aligns columns and tuples,
 * free space), the free-space and visibility maps, TOAST, and each index (its leaf fill from {@code pgstatindex}).
 * Reads {@code pgstattuple} and {@code pageinspect}, which the embedded PostgreSQL ships; the total is the one
 * the serve benchmark reports ({@code pg_total_relation_size} of the table, or of its partitions).
 */
final class StorageBreakdown {
    private static final String[] COLUMNS = {
        "learner_id", "task_id", "project_pk", "status", "status_reason", "started_at", "closed_at", "updated_at"
    };

    private StorageBreakdown() {}

    /**
     * The tables (or indexes) that hold a relation's rows: its partitions' while it was partitioned (before V29),
     * itself since. As a subquery with one column, {@code relid}.
     */
    static String leaves(String relation) {
        return """
                (SELECT relid FROM pg_partition_tree('%1$s') WHERE isleaf
                 UNION ALL
                 SELECT CAST('%1$s' AS regclass) WHERE NOT EXISTS (SELECT FROM pg_partition_tree('%1$s')))""".formatted(relation);
    }

    static List<String> of(Connection c) throws SQLException {
        List<String> out = new ArrayList<>();
        try (Statement s = c.createStatement()) {
            s.execute("CREATE EXTENSION IF NOT EXISTS pgstattuple");
            s.execute("CREATE EXTENSION IF NOT EXISTS pageinspect");
            s.execute("VACUUM ANALYZE learner_task_progress");
            double rows = one(s, "SELECT count(*) FROM learner_task_progress");
            double total =
                    one(s, "SELECT sum(pg_total_relation_size(relid)) FROM " + leaves("learner_task_progress") + " p");
            out.add(String.format(
                    "learner_task_progress: %,.0f rows, %,.0f bytes in all = %.1f bytes/row",
                    rows, total, total / rows));
            out.add("  column order: " + text(s, """
                    SELECT string_agg(attname || ' ' || format_type(atttypid, atttypmod), ', ' ORDER BY attnum)
                    FROM pg_attribute WHERE attrelid = 'learner_task_progress'::regclass AND attnum > 0
                      AND NOT attisdropped"""));
            heap(s, rows, out);
            indexes(s, rows, out);
        }
        return out;
    }

    private static void heap(Statement s, double rows, List<String> out) throws SQLException {
        try (ResultSet r = s.executeQuery("""
                SELECT sum(t.table_len), sum(t.tuple_count), sum(t.tuple_len), sum(t.dead_tuple_len),
                       sum(t.free_space), sum(pg_relation_size(p.relid, 'fsm')), sum(pg_relation_size(p.relid, 'vm')),
                       sum(coalesce(pg_total_relation_size(NULLIF(c.reltoastrelid, 0)), 0))
                FROM %s p
                JOIN pg_class c ON c.oid = p.relid
                CROSS JOIN LATERAL pgstattuple(p.relid) t""".formatted(leaves("learner_task_progress")))) {
            r.next();
            double table = r.getDouble(1), tuples = r.getDouble(2), tupleLen = r.getDouble(3), dead = r.getDouble(4);
            double free = r.getDouble(5), fsm = r.getDouble(6), vm = r.getDouble(7), toast = r.getDouble(8);
            double pages = table / 8192;
            double pageHeaders = pages * 24, linePointers = tuples * 4;
            // lp_len (pgstattuple's tuple_len) is the tuple's length before it is padded to a multiple of 8
            double tuplePadding = table - pageHeaders - linePointers - tupleLen - dead - free;
            double avgTuple = tupleLen / tuples;
            out.add(String.format(
                    "  heap %,.0f bytes = %.1f B/row: %,.0f pages, %.1f rows/page; tuple (header + data) %.1f B on"
                            + " average before alignment",
                    table, table / rows, pages, tuples / pages, avgTuple));
            out.add(String.format(
                    "    per row: page headers %.1f, line pointers %.1f, tuple headers %.1f, column data and padding"
                            + " between columns %.1f, padding of tuples to 8 bytes (and page tails) %.1f, dead %.1f,"
                            + " free %.1f",
                    pageHeaders / rows,
                    linePointers / rows,
                    header(s),
                    avgTuple - header(s),
                    tuplePadding / rows,
                    dead / rows,
                    free / rows));
            columns(s, avgTuple - header(s), out);
            out.add(String.format(
                    "  free space map %.1f B/row, visibility map %.1f B/row, TOAST %.1f B/row",
                    fsm / rows, vm / rows, toast / rows));
        }
    }

    /** The tuple header's length (t_hoff: 23 bytes, the null bitmap, aligned to 8), averaged over the first pages. */
    private static double header(Statement s) throws SQLException {
        return one(s, """
                SELECT avg(t_hoff) FROM heap_page_items(get_raw_page(
                    (SELECT CAST(min(CAST(relid AS text)) AS text) FROM %s p), 0))
                WHERE lp_flags = 1""".formatted(leaves("learner_task_progress")));
    }

    private static void columns(Statement s, double data, List<String> out) throws SQLException {
        StringBuilder sql = new StringBuilder("SELECT ");
        for (int i = 0; i < COLUMNS.length; i++) {
            sql.append(i == 0 ? "" : ", ")
                    .append("avg(coalesce(pg_column_size(")
                    .append(COLUMNS[i])
                    .append("), 0))");
        }
        sql.append(" FROM learner_task_progress");
        try (ResultSet r = s.executeQuery(sql.toString())) {
            r.next();
            StringBuilder line = new StringBuilder("    columns (average stored bytes, 0 when NULL): ");
            double sum = 0;
            for (int i = 0; i < COLUMNS.length; i++) {
                double size = r.getDouble(i + 1);
                sum += size;
                line.append(String.format("%s%s %.1f", i == 0 ? "" : ", ", COLUMNS[i], size));
            }
            out.add(line.toString());
            out.add(String.format(
                    "    = %.1f B of column data; alignment padding between columns %.1f B", sum, data - sum));
        }
    }

    private static void indexes(Statement s, double rows, List<String> out) throws SQLException {
        List<String> names = new ArrayList<>();
        try (ResultSet r = s.executeQuery("""
                SELECT c.relname FROM pg_index i JOIN pg_class c ON c.oid = i.indexrelid
                WHERE i.indrelid = 'learner_task_progress'::regclass ORDER BY c.relname""")) {
            while (r.next()) names.add(r.getString(1));
        }
        for (String name : names) {
            try (ResultSet r = s.executeQuery("""
                    SELECT sum(pg_relation_size(p.relid)), sum(x.leaf_pages), sum(x.internal_pages),
                           sum(x.avg_leaf_density * x.leaf_pages) / nullif(sum(x.leaf_pages), 0),
                           sum(x.empty_pages + x.deleted_pages)
                    FROM %s p CROSS JOIN LATERAL pgstatindex(p.relid::regclass) x""".formatted(leaves(name)))) {
                r.next();
                double bytes = r.getDouble(1);
                out.add(String.format(
                        "  index %s: %,.0f bytes = %.1f B/row; %,.0f leaf pages at %.1f %% average leaf fill,"
                                + " %,.0f internal, %,.0f empty or deleted",
                        name, bytes, bytes / rows, r.getDouble(2), r.getDouble(4), r.getDouble(3), r.getDouble(5)));
            }
        }
        out.add("    primary key leaf entry (8 B header + key, aligned to 8, + 4 B line pointer): "
                + text(s, """
                WITH pkey AS (SELECT CAST(min(CAST(relid AS text)) AS text) AS name FROM %s p)
                SELECT round(avg(i.itemlen) + 4, 1) || ' B on average'
                FROM pkey CROSS JOIN LATERAL (SELECT b FROM generate_series(1, 50) b
                      WHERE (bt_page_stats(pkey.name, b)).type = 'l' LIMIT 1) leaf
                CROSS JOIN LATERAL bt_page_items(pkey.name, leaf.b) i""".formatted(leaves("learner_task_progress_pkey"))));
    }

    private static double one(Statement s, String sql) throws SQLException {
        try (ResultSet r = s.executeQuery(sql)) {
            r.next();
            return r.getDouble(1);
        }
    }

    private static String text(Statement s, String sql) throws SQLException {
        try (ResultSet r = s.executeQuery(sql)) {
            r.next();
            return r.getString(1);
        }
    }
}
