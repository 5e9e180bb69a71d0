package dev.ltt.server.tools;

import static dev.ltt.server.tools.Schemas.any;
import static dev.ltt.server.tools.Schemas.arrayOf;
import static dev.ltt.server.tools.Schemas.bool;
import static dev.ltt.server.tools.Schemas.input;
import static dev.ltt.server.tools.Schemas.integer;
import static dev.ltt.server.tools.Schemas.object;
import static dev.ltt.server.tools.Schemas.projectId;
import static dev.ltt.server.tools.Schemas.required;
import static dev.ltt.server.tools.Schemas.string;
import static dev.ltt.server.tools.Schemas.text;

import dev.ltt.Limits;
import dev.ltt.server.tools.ToolCatalog.Rendered;
import dev.ltt.usecase.UseCases;
import dev.ltt.workspace.RunSql;
import java.util.stream.Collectors;

/** The SQL workspace's tool: {@code run_sql}, a read-only query on the learner's own database. */
final class WorkspaceTools {
    private static final int TEXT_ROWS = 20;
    private final UseCases use;

    WorkspaceTools(UseCases use) {
        this.use = use;
    }

    void define(ToolCatalog catalog) {
        catalog.add(
                new ToolSpec(
                        "run_sql",
                        """
                Run a SQL query (SQLite) on the learner's own copy of a SQL project's dataset, read-only, without \
                recording a submission: to explore the tables before answering (SELECT name FROM sqlite_master \
                WHERE type = 'table' lists them), or to try a query before submitting it. Returns columns, rows (at \
                most 100), row_count (how many rows the query returned, counted up to 10,000) and truncated (rows \
                were left out). The learner's copy holds what their earlier submissions changed. Statements that \
                change the database (INSERT, UPDATE, DELETE, CREATE, DROP...) are refused with INVALID_INPUT: \
                changes are made by submitting them on the task that asks for them. An SQL error comes back as \
                INVALID_INPUT with SQLite's message; NOT_FOUND when the project has no dataset. Time-limited to 5 \
                seconds.""".strip(),
                        input(
                                required("project_id", "query"),
                                "project_id",
                                projectId(),
                                "query",
                                text(
                                        "The SQL to run; with several statements, the last one that returns rows is "
                                                + "shown.",
                                        Limits.SQL_QUERY)),
                        object(
                                null,
                                required("columns", "rows", "row_count", "truncated"),
                                "columns",
                                arrayOf("The result's column names, in order.", string(null)),
                                "rows",
                                arrayOf(
                                        "The first rows, each a list of values in column order.",
                                        arrayOf(null, any("A number, text or null."))),
                                "row_count",
                                integer("How many rows the query returned (counted up to 10,000)."),
                                "truncated",
                                bool("Whether rows were left out of rows.")),
                        true),
                (caller, args) -> {
                    String project = args.string("project_id");
                    RunSql.Result result = use.runSql.run(
                            caller.learnerId(), project, new RunSql.Command(args.string("query")), caller.actor());
                    return new Rendered(result, render(result));
                });
    }

    /** A plain-text table of the first rows, for a model to read. */
    static String render(RunSql.Result result) {
        if (result.columns().isEmpty()) return "The query ran and returned no result set.";
        StringBuilder text = new StringBuilder(String.join(" | ", result.columns())).append('\n');
        result.rows().stream()
                .limit(TEXT_ROWS)
                .forEach(row -> text.append(row.stream().map(String::valueOf).collect(Collectors.joining(" | ")))
                        .append('\n'));
        int shown = Math.min(TEXT_ROWS, result.rows().size());
        text.append(result.rowCount()).append(result.rowCount() == 1 ? " row" : " rows");
        if (shown < result.rowCount()) text.append(" (").append(shown).append(" shown)");
        return text.toString();
    }
}
