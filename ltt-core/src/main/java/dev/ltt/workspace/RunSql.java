package dev.ltt.workspace;

import dev.ltt.error.InvalidInputException;
import dev.ltt.instance.LearnerDatabaseStore;
import dev.ltt.validation.SqlConsole;
import java.util.List;
import org.jdbi.v3.core.Jdbi;

/**
 * Runs a learner's query on their own copy of a project's dataset (the dataset as shipped while they have changed
 * nothing), read-only and time-limited, without recording a submission: the workspace's Run. Answers the first
 * {@value SqlConsole#MAX_ROWS} rows; a statement that would change the database, or SQL that fails, is refused as
 * invalid input in words the learner can act on.
 */
public final class RunSql {
    public static final int MAX_QUERY = 100_000;

    private final Jdbi jdbi;
    private final WorkspaceAccess access;
    private final LearnerDatabaseStore databases;

    RunSql(Jdbi jdbi, WorkspaceAccess access, LearnerDatabaseStore databases) {
        this.jdbi = jdbi;
        this.access = access;
        this.databases = databases;
    }

    /** The SQL to run: one or more statements, the last one that returns rows is shown. */
    public record Command(String query) {}

    /**
     * What the query returned: the column names, the first rows (values as numbers, text or null), how many rows
     * it returned in all (counted up to {@value SqlConsole#COUNT_LIMIT}) and whether rows were left out.
     */
    public record Result(List<String> columns, List<List<Object>> rows, long rowCount, boolean truncated) {}

    public Result run(String learnerId, String slug, Command command, String actor) {
        WorkspaceAccess.actor(actor);
        String query = command.query();
        if (query == null || query.isBlank()) {
            throw new InvalidInputException(
                    "query", "query is required: the SQL to run, e.g. SELECT * FROM location " + "LIMIT 5");
        }
        if (query.length() > MAX_QUERY) {
            throw new InvalidInputException("query", "query is limited to " + MAX_QUERY + " characters");
        }
        byte[] image = jdbi.inTransaction(h -> {
            access.require(h, learnerId, slug, false);
            access.requireDataset(slug);
            return databases
                    .find(h, learnerId, slug)
                    .map(LearnerDatabaseStore.Stored::image)
                    .orElse(null);
        });
        SqlConsole.Answer answer = access.console().query(slug, image, query);
        if (answer.problem() != null) throw new InvalidInputException("query", answer.problem());
        return new Result(answer.columns(), answer.rows(), answer.rowCount(), answer.truncated());
    }
}
