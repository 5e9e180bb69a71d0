package dev.ltt.bench.serve;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;

/**
 * Where PostgreSQL's time went during one measured run, from {@code pg_stat_statements}: the statements LTT sent
 * (pgbench's and the benchmark's own are left out), with calls per request and planning plus execution time per
 * call. Reset before the run, read after it.
 */
final class Statements {
    private Statements() {}

    static void reset(DurablePostgres pg) throws SQLException {
        try (Connection c = pg.connect();
                Statement s = c.createStatement()) {
            s.execute("SELECT pg_stat_statements_reset()");
        }
    }

    /** The {@code top} statements by total time, as report lines; {@code requests} is what the run answered. */
    static String top(DurablePostgres pg, String run, long requests, int top) throws SQLException {
        StringBuilder out = new StringBuilder(String.format(
                "  PostgreSQL during %s (pg_stat_statements; per request of %,d):%n"
                        + "      calls/req  plan ms  exec ms   rows/call  statement%n",
                run, requests));
        double calls = 0, ms = 0;
        try (Connection c = pg.connect();
                Statement s = c.createStatement();
                ResultSet rs = s.executeQuery("""
                        SELECT calls, total_plan_time, total_exec_time, rows,
                               regexp_replace(query, '\\s+', ' ', 'g')
                        FROM pg_stat_statements
                        WHERE dbid = (SELECT oid FROM pg_database WHERE datname = current_database())
                          AND query NOT ILIKE '%pg_stat_statements%' AND query NOT ILIKE '%pgbench%'
                        ORDER BY total_plan_time + total_exec_time DESC""")) {
            int shown = 0;
            while (rs.next()) {
                long n = rs.getLong(1);
                calls += n;
                ms += rs.getDouble(2) + rs.getDouble(3);
                if (shown++ >= top) continue;
                String query = rs.getString(5);
                out.append(String.format(
                        "      %9.2f  %7.3f  %7.3f  %10.1f  %s%n",
                        (double) n / Math.max(1, requests),
                        rs.getDouble(2) / Math.max(1, n),
                        rs.getDouble(3) / Math.max(1, n),
                        (double) rs.getLong(4) / Math.max(1, n),
                        query.length() > 110 ? query.substring(0, 110) + "..." : query));
            }
        }
        out.append(String.format(
                "      all statements: %.2f per request, %.3f ms of PostgreSQL time per request",
                calls / Math.max(1, requests), ms / Math.max(1, requests)));
        return out.toString();
    }
}
