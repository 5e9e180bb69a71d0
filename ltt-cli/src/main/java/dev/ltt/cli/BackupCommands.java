package dev.ltt.cli;

import dev.ltt.db.Backup;
import dev.ltt.db.Database;
import dev.ltt.db.Restore;
import dev.ltt.error.InvalidInputException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code ltt db backup FILE} and {@code ltt db restore FILE}: see docs/reliability.md. */
final class BackupCommands {
    private BackupCommands() {}

    @Command(
            name = "backup",
            mixinStandardHelpOptions = true,
            description = {
                "Write a consistent snapshot of the whole database to FILE (a zip of every table).",
                "Safe while 'ltt serve' runs: it sees exactly what was committed when it began."
            })
    static final class BackupCommand implements Callable<Integer> {
        @Mixin
        CommonOptions options;

        @Parameters(paramLabel = "FILE", description = "The backup file to write (it must not exist yet).")
        Path file;

        @Spec
        CommandSpec spec;

        @Override
        public Integer call() {
            if (Files.exists(file)) {
                throw new InvalidInputException(
                        "FILE", file + " already exists: choose another name, or delete it first");
            }
            try (Database db = Database.open(Engine.settings(options, 2))) {
                Backup.Summary summary = Backup.write(db, file);
                long rows = summary.rows().values().stream()
                        .mapToLong(Long::longValue)
                        .sum();
                Output.print(
                        spec.commandLine().getOut(),
                        options,
                        Map.of(
                                "file",
                                file.toString(),
                                "schema_version",
                                summary.schemaVersion(),
                                "rows",
                                summary.rows(),
                                "bytes",
                                summary.bytes()),
                        String.format(
                                "backed up %,d rows of %d tables (schema version %s) to %s (%,d bytes)",
                                rows, summary.rows().size(), summary.schemaVersion(), file, summary.bytes()));
                return 0;
            }
        }
    }

    @Command(
            name = "restore",
            mixinStandardHelpOptions = true,
            description = {
                "Load a backup made by 'ltt db backup' into a database that holds no data (a fresh --data-dir).",
                "Stop 'ltt serve' and 'ltt mcp' on that database first."
            })
    static final class RestoreCommand implements Callable<Integer> {
        @Mixin
        CommonOptions options;

        @Parameters(paramLabel = "FILE", description = "The backup file to load.")
        Path file;

        @Option(names = "--force", description = "Replace everything the database holds with the backup.")
        boolean force;

        @Spec
        CommandSpec spec;

        @Override
        public Integer call() {
            try (Database db = Database.open(Engine.settings(options, 2), false)) {
                Restore.Summary summary = Restore.read(db, file, force);
                long rows = summary.rows().values().stream()
                        .mapToLong(Long::longValue)
                        .sum();
                Output.print(
                        spec.commandLine().getOut(),
                        options,
                        Map.of(
                                "file",
                                file.toString(),
                                "schema_version",
                                summary.schemaVersion(),
                                "rows",
                                summary.rows()),
                        String.format(
                                "restored %,d rows of %d tables from %s (made at schema version %s, now migrated)",
                                rows, summary.rows().size(), file, summary.schemaVersion()));
                return 0;
            }
        }
    }
}
