package dev.ltt.server.web;

import dev.ltt.Limits;
import dev.ltt.progress.TaskDetail;
import dev.ltt.server.web.Views.RunTable;
import dev.ltt.server.web.Views.SqlWorkspace;
import dev.ltt.usecase.UseCases;
import dev.ltt.workspace.RunSql;
import dev.ltt.workspace.ShowWorkspace;
import java.util.List;
import java.util.Locale;

/**
 * The query box on a SQL task's page: shown to the learner on tasks with SQL checks in a project that has a
 * dataset, with the state of their own database and what their last Run showed.
 */
final class WorkspacePanels {
    private final UseCases use;

    WorkspacePanels(UseCases use) {
        this.use = use;
    }

    /** What the learner's last Run was and showed: a result, or the problem in words. */
    record Ran(String query, RunSql.Result result, String problem) {}

    /** The panel, or null when the task has none (not a SQL task, no dataset, or someone else's page). */
    SqlWorkspace panel(String learnerId, TaskDetail task, boolean own, boolean submit, Ran ran) {
        if (!own || task.extra() == null || !task.extra().has("checks")) return null;
        ShowWorkspace.Workspace workspace = use.showWorkspace.show(learnerId, task.projectId());
        if (!workspace.sql()) return null;
        String state = workspace.changed()
                ? "Your own database holds the changes of " + Words.plural((int) workspace.version(), "submission")
                        + " (" + megabytes(workspace.sizeBytes())
                        + " stored). Reset it to go back to the original data."
                : "Your database is the original data. What your submissions change is kept in your own copy.";
        RunTable table = ran == null || ran.result() == null ? null : table(ran.result());
        return new SqlWorkspace(
                ran == null ? "" : ran.query(),
                submit,
                state,
                workspace.changed(),
                table,
                ran == null ? null : ran.problem());
    }

    private static RunTable table(RunSql.Result result) {
        List<List<String>> rows = result.rows().stream()
                .map(row -> row.stream()
                        .map(v -> v == null ? "NULL" : String.valueOf(v))
                        .toList())
                .toList();
        String summary;
        if (result.columns().isEmpty()) summary = "Your SQL ran; it returned no rows to show.";
        else if (result.truncated())
            summary = result.rowCount() + (result.rowCount() >= Limits.SQL_ROWS_COUNTED ? " or more" : "")
                    + " rows; the first " + rows.size() + " are shown.";
        else summary = Words.plural((int) result.rowCount(), "row") + ".";
        return new RunTable(result.columns(), rows, summary);
    }

    private static String megabytes(long bytes) {
        return String.format(Locale.ROOT, "%.1f MB", bytes / 1_000_000.0);
    }
}
