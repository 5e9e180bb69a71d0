package dev.ltt.bench.serve;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;

/**
 * WAL written during a measured run, from {@code pg_stat_wal}: records, full-page images and bytes per request,
 * so a write path's cost can be set beside a {@code pgbench -N} transaction's (every WAL byte is checksummed,
 * copied and flushed before the commit returns).
 */
record WalVolume(long records, long fullPageImages, long bytes) {
    static WalVolume now(DurablePostgres pg) throws SQLException {
        try (Connection c = pg.connect();
                Statement s = c.createStatement();
                ResultSet rs = s.executeQuery("SELECT wal_records, wal_fpi, wal_bytes FROM pg_stat_wal")) {
            rs.next();
            return new WalVolume(rs.getLong(1), rs.getLong(2), rs.getLong(3));
        }
    }

    WalVolume since(WalVolume before) {
        return new WalVolume(records - before.records, fullPageImages - before.fullPageImages, bytes - before.bytes);
    }

    String perRequest(String run, long requests) {
        double n = Math.max(1, requests);
        return String.format(
                "  WAL during %s, per request: %.1f records, %.2f full-page images, %,.0f bytes",
                run, records / n, fullPageImages / n, bytes / n);
    }
}
