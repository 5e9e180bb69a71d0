package dev.ltt.bench.serve;

import dev.ltt.access.Tokens;
import dev.ltt.instance.CohortTallyRebuild;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.jdbi.v3.core.Jdbi;
import org.jdbi.v3.postgres.PostgresPlugin;
import org.postgresql.PGConnection;
import org.postgresql.copy.CopyIn;

/**
 * Puts learners {@code l<from>..l<to>} into the database with SQL {@code COPY}: the learner, a learner token
 * ({@link #token}), the enrollment in the project version, and progress rows consistent with what LTT itself
 * would have written: learner g has closed the first {@code g % spread} leaves in curriculum order (and every
 * container whose leaves are all among them) and has the next leaf in progress. So learner g's next workable
 * leaf is number {@code g % spread + 1 + r} after r more passing submits, which is what the submit script uses.
 */
final class SeedData {
    static final int SPREAD = 20;
    private static final int CHUNK = 5_000;

    /** The leaves of the version in curriculum order, and for each container the position of its last leaf. */
    record Shape(long projectPk, List<String> leaves, Map<String, Integer> containerLastLeaf) {}

    private SeedData() {}

    /** The bearer token the benchmark gives learner {@code id}. */
    static String token(String learnerId) {
        return "bench-token-" + learnerId;
    }

    static Shape shape(Connection c, String slug) throws SQLException {
        long pk;
        try (PreparedStatement s =
                c.prepareStatement("SELECT pk FROM projects WHERE slug = ? ORDER BY version DESC LIMIT 1")) {
            s.setString(1, slug);
            try (ResultSet rs = s.executeQuery()) {
                rs.next();
                pk = rs.getLong(1);
            }
        }
        List<String> ids = new ArrayList<>();
        Map<String, String> parent = new HashMap<>();
        Map<String, Boolean> hasChildren = new HashMap<>();
        try (PreparedStatement s =
                c.prepareStatement("SELECT id, parent_id FROM tasks WHERE project_pk = ? ORDER BY sort_path")) {
            s.setLong(1, pk);
            try (ResultSet rs = s.executeQuery()) {
                while (rs.next()) {
                    ids.add(rs.getString(1));
                    if (rs.getString(2) != null) {
                        parent.put(rs.getString(1), rs.getString(2));
                        hasChildren.put(rs.getString(2), true);
                    }
                }
            }
        }
        List<String> leaves = new ArrayList<>();
        Map<String, Integer> last = new HashMap<>();
        for (String id : ids) {
            if (hasChildren.containsKey(id)) continue;
            leaves.add(id);
            for (String p = parent.get(id); p != null; p = parent.get(p)) last.put(p, leaves.size());
        }
        return new Shape(pk, leaves, last);
    }

    /** Seeds learners {@code from..to} (inclusive); returns the progress rows written. */
    static long seed(Connection c, Shape shape, String slug, int from, int to) throws SQLException {
        // the rows of a learner with k closed leaves, as text lines after the learner id
        List<List<String>> rowsFor = new ArrayList<>();
        for (int k = 0; k < SPREAD; k++) {
            List<String> rows = new ArrayList<>();
            for (int n = 1; n <= k; n++) rows.add(shape.leaves().get(n - 1) + "\tclosed\tT\tT");
            rows.add(shape.leaves().get(k) + "\tin_progress\tT\t\\N");
            for (Map.Entry<String, Integer> e : shape.containerLastLeaf().entrySet()) {
                if (e.getValue() <= k) rows.add(e.getKey() + "\tclosed\tT\tT");
            }
            rowsFor.add(rows);
        }
        long written = 0;
        for (int start = from; start <= to; start += CHUNK) {
            int end = Math.min(to, start + CHUNK - 1);
            StringBuilder learners = new StringBuilder(),
                    enrollments = new StringBuilder(),
                    tokens = new StringBuilder();
            StringBuilder progress = new StringBuilder();
            for (int g = start; g <= end; g++) {
                String id = "l" + g;
                learners.append(id).append("\tLearner ").append(g).append('\n');
                enrollments
                        .append(id)
                        .append('\t')
                        .append(slug)
                        .append('\t')
                        .append(shape.projectPk())
                        .append('\n');
                tokens.append(Tokens.sha256(token(id)))
                        .append("\tlearner\t")
                        .append(id)
                        .append('\n');
            }
            // the learners of a chunk work at once, as a cohort does: every learner's first row, then every learner's
            // second, ..., so the primary key receives keys all over its range, as in use (learner by learner, each
            // one's keys would land in sorted runs, which leave B-tree pages half full)
            int most = rowsFor.stream().mapToInt(List::size).max().orElse(0);
            for (int r = 0; r < most; r++) {
                for (int g = start; g <= end; g++) {
                    List<String> rows = rowsFor.get(g % SPREAD);
                    if (r >= rows.size()) continue;
                    progress.append('l')
                            .append(g)
                            .append('\t')
                            .append(shape.projectPk())
                            .append('\t')
                            .append(rows.get(r).replace("\tT", "\t2026-01-01 00:00:00+00"))
                            .append('\n');
                    written++;
                }
            }
            copy(c, "COPY learners (learner_id, name) FROM STDIN", learners);
            copy(c, "COPY enrollments (learner_id, slug, project_pk) FROM STDIN", enrollments);
            copy(c, "COPY api_tokens (token_sha256, role, learner_id) FROM STDIN", tokens);
            copy(
                    c,
                    "COPY learner_task_progress (learner_id, project_pk, task_id, status, started_at, closed_at) "
                            + "FROM STDIN",
                    progress);
        }
        try (Statement s = c.createStatement()) {
            s.execute("VACUUM ANALYZE");
        }
        return written;
    }

    /** The rows went in with COPY, not through learners' state changes: rebuild the cohort tallies from them. */
    static void rebuildTallies(DurablePostgres pg) {
        Jdbi.create(pg.jdbcUrl(), DurablePostgres.USER, "")
                .installPlugin(new PostgresPlugin())
                .useTransaction(CohortTallyRebuild::rebuildAll);
    }

    /** An instructor's token (for the cohort views), issued the way LTT stores tokens: by hash only. */
    static String instructor(Connection c) throws SQLException {
        String token = "bench-instructor-token";
        try (PreparedStatement s = c.prepareStatement(
                "INSERT INTO api_tokens (token_sha256, role, name) VALUES (?, 'instructor', 'bench') ON CONFLICT DO NOTHING")) {
            s.setString(1, Tokens.sha256(token));
            s.executeUpdate();
        }
        return token;
    }

    private static void copy(Connection c, String sql, StringBuilder text) throws SQLException {
        byte[] bytes = text.toString().getBytes(StandardCharsets.UTF_8);
        CopyIn in = c.unwrap(PGConnection.class).getCopyAPI().copyIn(sql);
        in.writeToCopy(bytes, 0, bytes.length);
        in.endCopy();
    }
}
