package dev.ltt.validation;

import java.util.List;
import java.util.Optional;

/**
 * Runs a learner's query read-only on their own copy of a project's dataset, for a workspace's Run (the web UI's
 * query box, REST {@code /sql}, MCP {@code run_sql}): no submission, nothing kept. The same sandbox as
 * {@code sql_result} (time limit, refused statements); the first {@value #MAX_ROWS} rows are returned and rows are
 * counted up to {@link SqlSandbox#MAX_ROWS}. Thread-safe.
 */
public final class SqlConsole {
    public static final int MAX_ROWS = 100;
    public static final long COUNT_LIMIT = SqlSandbox.MAX_ROWS;

    private final SqlDatasets datasets;
    private final SqlSandbox sandbox = new SqlSandbox(SqlSandbox.TIME_LIMIT);

    public SqlConsole(SqlDatasets datasets) {
        this.datasets = datasets;
    }

    /** What a query showed, or why it did not run ({@code problem}, in words for the learner). */
    public record Answer(
            List<String> columns, List<List<Object>> rows, long rowCount, boolean truncated, String problem) {
        static Answer problem(String problem) {
            return new Answer(List.of(), List.of(), 0, false, problem);
        }
    }

    /** Whether the project has a dataset to run SQL on; throws {@link SqlDatasetException} when it cannot load. */
    public boolean hasDataset(String slug) {
        return datasets.find(slug).isPresent();
    }

    /**
     * Runs {@code sql} (one or more statements; the last that returns rows is shown) on the learner's copy, as
     * stored ({@code learnerCopy}; the dataset as shipped when null).
     * Throws {@link java.util.NoSuchElementException} when the project has no dataset.
     */
    public Answer query(String slug, byte[] learnerCopy, String sql) {
        SqlDataset dataset = datasets.find(slug).orElseThrow();
        List<String> statements = SqlSplitter.split(sql == null ? "" : sql);
        if (statements.isEmpty()) return Answer.problem("There is no SQL statement to run: write a query first.");
        Optional<String> refused = statements.stream()
                .filter(s -> SqlStatementKind.of(s) != SqlStatementKind.READ)
                .findFirst();
        if (refused.isPresent()) {
            return Answer.problem("Run only reads your database, and " + Specs.quote(refused.get()) + " would change "
                    + "it (or is not available here). To change your database, submit the statement on the task that "
                    + "asks for it; your changes are then kept.");
        }
        SqlRun run = sandbox.run(dataset, learnerCopy, statements, false, COUNT_LIMIT, false, MAX_ROWS);
        if (!run.succeeded()) return Answer.problem(run.failure().replace("submit again", "run it again"));
        SqlObservation seen = run.observation();
        if (!seen.returnedRows()) return new Answer(List.of(), List.of(), 0, false, null);
        List<List<Object>> rows = run.rows() == null ? List.of() : run.rows();
        return new Answer(
                seen.columns(), rows, seen.rowCount(), seen.rowsCapped() || seen.rowCount() > rows.size(), null);
    }
}
