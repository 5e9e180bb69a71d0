package dev.ltt.validation;

import java.sql.ResultSet;
import java.sql.ResultSetMetaData;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.sqlite.ProgressHandler;
import org.sqlite.SQLiteConnection;
import org.sqlite.SQLiteErrorCode;
import org.sqlite.SQLiteException;
import org.sqlite.SQLiteLimits;

/**
 * Runs a learner's SQL statements against a private in-memory copy of a dataset, which is discarded
 * afterwards. Read-only unless changes are allowed (refused up front with a reason, and enforced by SQLite's
 * {@code query_only}); attaching files, VACUUM and pragmas that change settings are always refused. All the
 * statements together get {@code timeLimit}, enforced with SQLite's progress handler (sqlite-jdbc's
 * {@code setQueryTimeout} does not stop a running query); rows are counted up to a limit; values, SQL text and
 * database growth are capped. Thread-safe: every run has its own database.
 */
final class SqlSandbox {
    static final Duration TIME_LIMIT = Duration.ofSeconds(5);
    static final long MAX_ROWS = 10_000;
    static final int EXTRA_PAGES = 5_000;
    private static final int MAX_VALUE_BYTES = 1_000_000;
    private static final int MAX_SQL_BYTES = 1_000_000;
    private static final Pattern MESSAGE = Pattern.compile("\\((.*)\\)\\s*$", Pattern.DOTALL);
    private static final Pattern NO_SUCH_TABLE = Pattern.compile("no such table: (?:main\\.)?(\\S+)");

    private final Duration timeLimit;

    SqlSandbox(Duration timeLimit) {
        this.timeLimit = timeLimit;
    }

    /** Runs the statements in order on a fresh copy of the dataset, stopping at the first that fails. */
    SqlRun run(SqlDataset dataset, List<String> statements, boolean allowChanges, long rowLimit) {
        return run(dataset, null, statements, allowChanges, rowLimit, false, 0);
    }

    /**
     * Runs the statements in order on the learner's copy ({@code learnerCopy}, as stored: see
     * {@link SqlDataset#delta}; the dataset itself when null), stopping at the first that fails; {@code rowLimit}
     * caps the row count, and the first {@code keepRows} rows' values are kept. With {@code keepImage}, a run that
     * changed the database answers with the resulting copy, in its stored form.
     */
    SqlRun run(
            SqlDataset dataset,
            byte[] learnerCopy,
            List<String> statements,
            boolean allowChanges,
            long rowLimit,
            boolean keepImage,
            int keepRows) {
        String refusal = refusal(statements, allowChanges);
        if (refusal != null) return SqlRun.failed(refusal);
        if (learnerCopy != null) {
            try {
                learnerCopy = dataset.restore(learnerCopy);
            } catch (SqlDataset.OutdatedCopyException e) {
                return SqlRun.failed("Your own database was made from another version of the project's dataset ("
                        + e.getMessage() + "), so it cannot be used: reset your database and try again.");
            }
        }
        try (SQLiteConnection db = learnerCopy == null ? dataset.openCopy() : SqlDataset.open(learnerCopy)) {
            confine(db, allowChanges, dataset.pages());
            String before = changeMarks(db);
            long deadline = System.nanoTime() + timeLimit.toNanos();
            ProgressHandler.setHandler(db, 1_000, new Deadline(deadline));
            Result last = null;
            for (int i = 0; i < statements.size(); i++) {
                try {
                    Result result = execute(db, statements.get(i), rowLimit, keepRows);
                    if (result != null) last = result;
                } catch (SQLException e) {
                    return failure(e, i, statements, System.nanoTime() - deadline > 0);
                }
            }
            ProgressHandler.clearHandler(db);
            boolean changed = !changeMarks(db).equals(before);
            SqlObservation seen = last == null
                    ? new SqlObservation(null, null, false, changed)
                    : new SqlObservation(last.columns(), last.rows(), last.capped(), changed);
            return SqlRun.ran(
                    seen, last == null ? null : last.values(), changed && keepImage ? dataset.delta(image(db)) : null);
        } catch (SQLException e) {
            throw new SqlDatasetException("could not prepare a sandbox copy of " + dataset.name(), e);
        }
    }

    /** The database as the statements left it; a transaction the learner left open is rolled back first. */
    private static byte[] image(SQLiteConnection db) throws SQLException {
        try (Statement statement = db.createStatement()) {
            statement.execute("ROLLBACK");
        } catch (SQLException noTransaction) {
            // the usual case: every statement committed on its own
        }
        return db.serialize("main");
    }

    private record Result(List<String> columns, long rows, boolean capped, List<List<Object>> values) {}

    private static Result execute(SQLiteConnection db, String sql, long rowLimit, int keepRows) throws SQLException {
        try (Statement statement = db.createStatement()) {
            statement.setMaxRows((int) Math.min(Integer.MAX_VALUE, rowLimit + 1));
            if (!statement.execute(sql)) return null;
            try (ResultSet rows = statement.getResultSet()) {
                ResultSetMetaData meta = rows.getMetaData();
                List<String> columns = new ArrayList<>();
                for (int c = 1; c <= meta.getColumnCount(); c++) columns.add(meta.getColumnLabel(c));
                List<List<Object>> values = new ArrayList<>();
                long count = 0;
                while (count <= rowLimit && rows.next()) {
                    if (count < keepRows) values.add(SqlValues.row(rows, columns.size()));
                    count++;
                }
                return new Result(columns, Math.min(count, rowLimit), count > rowLimit, values);
            }
        }
    }

    private static String refusal(List<String> statements, boolean allowChanges) {
        for (String sql : statements) {
            SqlStatementKind kind = SqlStatementKind.of(sql);
            if (kind == SqlStatementKind.REFUSED) {
                return "The statement " + Specs.quote(sql) + " is not available in this exercise (attaching files, "
                        + "VACUUM and pragmas that change settings are not allowed). Remove it and submit again.";
            }
            if (kind == SqlStatementKind.CHANGE && !allowChanges) return readOnly(sql);
        }
        return null;
    }

    private static String readOnly(String sql) {
        return "This task asks for a query that reads data, but your submission changes the database: "
                + Specs.quote(sql) + ". Submit only the SELECT query the task asks for.";
    }

    private static void confine(SQLiteConnection db, boolean allowChanges, long datasetPages) throws SQLException {
        db.setLimit(SQLiteLimits.SQLITE_LIMIT_ATTACHED, 0);
        db.setLimit(SQLiteLimits.SQLITE_LIMIT_LENGTH, MAX_VALUE_BYTES);
        db.setLimit(SQLiteLimits.SQLITE_LIMIT_SQL_LENGTH, MAX_SQL_BYTES);
        try (Statement statement = db.createStatement()) {
            long pages;
            try (ResultSet rs = statement.executeQuery("PRAGMA page_count")) {
                pages = rs.next() ? rs.getLong(1) : 0;
            }
            // growth is measured from the dataset as shipped, so a learner's copy cannot creep up run by run
            statement.execute("PRAGMA max_page_count = " + Math.max(pages, datasetPages + EXTRA_PAGES));
            statement.execute("PRAGMA temp_store = FILE");
            if (!allowChanges) statement.execute("PRAGMA query_only = ON");
        }
    }

    /** Row changes so far and the schema version: different after a run that changed anything. */
    private static String changeMarks(SQLiteConnection db) throws SQLException {
        try (Statement statement = db.createStatement();
                ResultSet rs = statement.executeQuery(
                        "SELECT total_changes(), (SELECT schema_version FROM " + "pragma_schema_version)")) {
            rs.next();
            return rs.getLong(1) + "/" + rs.getLong(2);
        }
    }

    private SqlRun failure(SQLException e, int index, List<String> statements, boolean timedOut) {
        if (timedOut) {
            return SqlRun.failed("Your SQL ran for more than " + timeLimit.toSeconds() + " seconds and was stopped. "
                    + "Look for a query that never ends (a recursive CTE without a stopping condition) or a join "
                    + "that multiplies rows, and try again.");
        }
        String where = statements.size() == 1
                ? "Your SQL failed: "
                : "Statement " + (index + 1) + " of " + statements.size() + " (" + Specs.quote(statements.get(index))
                        + ") failed: ";
        if (e instanceof SQLiteException s && s.getResultCode() == SQLiteErrorCode.SQLITE_READONLY) {
            return SqlRun.failed(readOnly(statements.get(index)));
        }
        if (e instanceof SQLiteException s && s.getResultCode() == SQLiteErrorCode.SQLITE_FULL) {
            return SqlRun.failed(where + "the database would grow past its limit (" + EXTRA_PAGES + " pages, about "
                    + EXTRA_PAGES * 4 / 1000 + " MB, beyond the dataset). Drop tables you no longer need, or reset "
                    + "your database, and try again.");
        }
        String message = message(e);
        Matcher missing = NO_SUCH_TABLE.matcher(message);
        String feedback = where + message + ". Fix it and submit again.";
        return missing.find() ? SqlRun.missing(feedback, missing.group(1)) : SqlRun.failed(feedback);
    }

    /** SQLite's own words, without the driver's "[SQLITE_ERROR] SQL error or missing database" wrapper. */
    private static String message(SQLException e) {
        String text = e.getMessage() == null ? "unknown error" : e.getMessage();
        Matcher inner = MESSAGE.matcher(text);
        return inner.find() ? inner.group(1) : text.replaceFirst("^\\[[A-Z_]+]\\s*", "");
    }

    /** Interrupts SQLite once the run's time is up, and keeps interrupting any statement started after. */
    private static final class Deadline extends ProgressHandler {
        private final long deadline;

        Deadline(long deadline) {
            this.deadline = deadline;
        }

        @Override
        protected int progress() {
            return System.nanoTime() - deadline > 0 ? 1 : 0;
        }
    }
}
