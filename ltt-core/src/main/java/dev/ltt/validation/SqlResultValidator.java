package dev.ltt.validation;

import com.fasterxml.jackson.databind.JsonNode;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Judges a learner's SQL against a task's checks:
 * {@code {"type": "sql_result", "checks": [{"query": "...", "expect": {"row_count" | "min_rows" | "columns" |
 * "modifies"}}]}}. When the project has a dataset ({@link SqlDatasets}, found by the submission's project
 * slug) the SQL runs in a {@link SqlSandbox} and the last statement that returned rows is judged; otherwise
 * the result the client reports in {@code result} is judged, and the feedback says so. With the learner's own
 * copy ({@link Submission#learnerCopy()}) the SQL runs on that copy, and when it changed the database the outcome
 * carries the new image to keep. The grade is the fraction of checks met. Thread-safe.
 */
public final class SqlResultValidator implements Validator {
    private static final Logger LOG = LoggerFactory.getLogger(SqlResultValidator.class);
    private static final String SANDBOX = "checked by running your SQL on a fresh copy of the project's dataset";
    private static final String REPORTED = "judged from the result your client reported";
    private static final String OWN_COPY = "checked by running your SQL on your own copy of the project's dataset";

    private final SqlDatasets datasets;
    private final SqlSandbox sandbox;

    public SqlResultValidator(SqlDatasets datasets) {
        this(datasets, SqlSandbox.TIME_LIMIT);
    }

    public SqlResultValidator(SqlDatasets datasets, Duration timeLimit) {
        this.datasets = datasets;
        this.sandbox = new SqlSandbox(timeLimit);
    }

    @Override
    public String type() {
        return "sql_result";
    }

    @Override
    public ValidationOutcome validate(Submission submission, JsonNode spec) {
        List<SqlCheck> checks = new ArrayList<>();
        try {
            spec.path("checks").forEach(check -> checks.add(SqlCheck.parse(check)));
        } catch (IllegalArgumentException e) {
            return Specs.broken(type(), e.getMessage());
        }
        if (checks.isEmpty()) return Specs.broken(type(), "it lists no checks");
        Optional<SqlDataset> dataset;
        try {
            dataset = datasets.find(submission.slug());
        } catch (SqlDatasetException e) {
            LOG.warn("sql_result: {}", e.getMessage());
            return unavailable();
        }
        return dataset.isPresent() ? inSandbox(dataset.get(), submission, checks) : reported(submission, checks, "");
    }

    private ValidationOutcome inSandbox(SqlDataset dataset, Submission submission, List<SqlCheck> checks) {
        List<String> statements = SqlSplitter.split(Specs.content(submission));
        if (statements.isEmpty()) {
            return ValidationOutcome.fail(
                    "Your submission holds no SQL statement: write the query the task asks " + "for and submit it.");
        }
        boolean allowChanges = checks.stream().anyMatch(SqlCheck::modifies);
        LearnerCopy copy = submission.learnerCopy();
        SqlRun run;
        try {
            byte[] image = copy == null ? null : copy.image().orElse(null);
            run = sandbox.run(dataset, image, statements, allowChanges, rowLimit(checks), copy != null, 0);
        } catch (SqlDatasetException e) {
            LOG.warn("sql_result: {}", e.getMessage(), e);
            return unavailable();
        }
        if (run.succeeded()) {
            return judge(checks, run.observation(), copy == null ? SANDBOX : OWN_COPY)
                    .keeping(run.image());
        }
        if (run.missingTable() != null && copy != null && ReportedSqlResult.observe(submission.result()) == null) {
            return ValidationOutcome.fail(run.failure() + " Your own database has no table " + run.missingTable()
                    + ": if an earlier task creates it, submit that task's statement first (what your submissions "
                    + "change is kept in your database), or include the statement that creates it here.");
        }
        if (run.missingTable() != null && ReportedSqlResult.observe(submission.result()) != null) {
            return reported(
                    submission,
                    checks,
                    "the table " + run.missingTable() + " is not in the original "
                            + "dataset (perhaps you created it in an earlier task), so ");
        }
        if (run.missingTable() != null) {
            return ValidationOutcome.fail(run.failure() + " If you created " + run.missingTable() + " in an earlier "
                    + "task, run your SQL in your own workspace and submit it again with its result (result.columns "
                    + "and result.row_count, or result.rows_affected).");
        }
        return ValidationOutcome.fail(run.failure());
    }

    private static ValidationOutcome reported(Submission submission, List<SqlCheck> checks, String why) {
        String error = ReportedSqlResult.error(submission.result());
        if (error != null) {
            return ValidationOutcome.fail("Running your SQL reported an error: " + error + ". Fix it and submit "
                    + "again with the new result.");
        }
        SqlObservation seen = ReportedSqlResult.observe(submission.result());
        if (seen == null) {
            return ValidationOutcome.fail("Run your SQL first, then submit it again with its result: "
                    + "result.columns (the column names), result.row_count (or result.rows) and, for statements "
                    + "that change data, result.rows_affected.");
        }
        return judge(checks, seen, why + REPORTED);
    }

    private static ValidationOutcome judge(List<SqlCheck> checks, SqlObservation seen, String how) {
        Set<String> problems = new LinkedHashSet<>();
        int passed = 0;
        for (SqlCheck check : checks) {
            List<String> found = check.problems(seen);
            if (found.isEmpty()) passed++;
            problems.addAll(found);
        }
        if (problems.isEmpty()) {
            return ValidationOutcome.pass("Well done: your SQL meets "
                    + (checks.size() == 1 ? "the check" : "all " + checks.size() + " checks") + " (" + how + ").");
        }
        return new ValidationOutcome(
                false,
                (double) passed / checks.size(),
                "Not yet (" + how + "): " + String.join("; ", problems) + ". Adjust your SQL and submit again.");
    }

    private static long rowLimit(List<SqlCheck> checks) {
        long largest = checks.stream()
                .mapToLong(
                        c -> Math.max(c.rowCount() == null ? 0 : c.rowCount(), c.minRows() == null ? 0 : c.minRows()))
                .max()
                .orElse(0);
        return Math.max(SqlSandbox.MAX_ROWS, largest);
    }

    private static ValidationOutcome unavailable() {
        return ValidationOutcome.fail("The project's dataset could not be opened, so your SQL could not be checked. "
                + "Try again later, and tell your instructor if this repeats.");
    }
}
