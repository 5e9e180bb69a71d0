package dev.ltt.cli;

import picocli.CommandLine;
import picocli.CommandLine.Command;

/** The {@code ltt} command: every subcommand calls the same use-cases as the REST API and the MCP server. */
@Command(
        name = "ltt",
        mixinStandardHelpOptions = true,
        versionProvider = VersionProvider.class,
        usageHelpWidth = 110,
        description = {
            "LTT, the Learning Task Tracker: curricula shared by every learner, and each learner's own progress.",
            "",
            "Data lives in an embedded PostgreSQL in the data dir (./ltt-data), or in the PostgreSQL that "
                    + "LTT_DATABASE_URL names. Every command takes --json for machine-readable output.",
            ""
        },
        footer = {
            "",
            "Try it:",
            "  ltt serve --demo                    run the server with sample curricula, a learner and tokens",
            "  ltt ingest curriculum.json          store a curriculum (all problems reported at once)",
            "  ltt projects                        what is stored",
            "  ltt learner create --id ada         a learner",
            "  ltt token learner ada               a token for the REST API, scoped to ada",
            "  ltt export python-fundamentals      the curriculum back as JSON",
            "",
            "Exit codes: 0 ok, 1 unexpected failure, 2 bad usage, 3 invalid input, 4 not found,",
            "5 conflict, 6 not allowed in the task's current status, 7 forbidden, 8 unavailable (database unreachable), 9 not authenticated."
        },
        subcommands = {
            ServeCommand.class,
            IngestCommand.class,
            ExportCommand.class,
            ProjectsCommand.class,
            LearnerCommand.class,
            ReadyCommand.class,
            ProgressCommand.class,
            TokenCommand.class,
            DbCommand.class,
            McpCommand.class,
            LtiCommand.class,
            CommandLine.HelpCommand.class
        })
public final class Main implements Runnable {

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    public static void main(String[] args) {
        System.exit(run(args));
    }

    /** Runs the command line and returns its exit code (for tests and for {@link #main}). */
    public static int run(String... args) {
        return commandLine().execute(args);
    }

    static CommandLine commandLine() {
        return new CommandLine(new Main())
                .setExecutionExceptionHandler(new ErrorReporter())
                .setCaseInsensitiveEnumValuesAllowed(true);
    }

    @Override
    public void run() {
        spec.commandLine().usage(spec.commandLine().getOut());
    }
}
