package dev.ltt.cli;

import java.nio.file.Path;
import picocli.CommandLine.Option;

/** Options every command that touches data takes. */
public final class CommonOptions {
    @Option(names = "--json", description = "Print machine-readable JSON (the shapes of the REST API).")
    boolean json;

    @Option(
            names = "--data-dir",
            paramLabel = "DIR",
            description = "Where the embedded database keeps its files (default: $LTT_DATA_DIR or ./ltt-data). "
                    + "Ignored when LTT_DATABASE_URL names an external PostgreSQL.")
    Path dataDir;
}
