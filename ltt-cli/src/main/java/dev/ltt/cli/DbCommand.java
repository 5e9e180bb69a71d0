package dev.ltt.cli;

import dev.ltt.db.Database;
import dev.ltt.db.Migrations;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Spec;

@Command(
        name = "db",
        mixinStandardHelpOptions = true,
        description = "Schema migrations, backups and restores.",
        subcommands = {
            DbCommand.Migrate.class,
            DbCommand.Status.class,
            BackupCommands.BackupCommand.class,
            BackupCommands.RestoreCommand.class
        })
final class DbCommand implements Runnable {
    @Spec
    CommandSpec spec;

    @Override
    public void run() {
        spec.commandLine().usage(spec.commandLine().getOut());
    }

    @Command(
            name = "migrate",
            mixinStandardHelpOptions = true,
            description = "Apply pending migrations (every other command also does this on start).")
    static final class Migrate implements Callable<Integer> {
        @Mixin
        CommonOptions options;

        @Spec
        CommandSpec spec;

        @Override
        public Integer call() {
            try (Database db = Database.open(Engine.settings(options, 2), false)) {
                int applied = Migrations.migrate(db.dataSource());
                List<Migrations.Status> status = Migrations.status(db.dataSource());
                Output.print(
                        spec.commandLine().getOut(),
                        options,
                        java.util.Map.of("applied", applied, "migrations", status),
                        applied == 0 ? "the schema is up to date" : "applied " + applied + " migration(s)");
                return 0;
            }
        }
    }

    @Command(name = "status", mixinStandardHelpOptions = true, description = "Show applied and pending migrations.")
    static final class Status implements Callable<Integer> {
        @Mixin
        CommonOptions options;

        @Spec
        CommandSpec spec;

        @Override
        public Integer call() {
            try (Database db = Database.open(Engine.settings(options, 2), false)) {
                List<Migrations.Status> status = Migrations.status(db.dataSource());
                StringBuilder text = new StringBuilder();
                for (Migrations.Status s : status) {
                    text.append(String.format(
                            "%-4s %-10s %-12s %s%n",
                            s.version(), s.description(), s.state(), s.installedOn() == null ? "" : s.installedOn()));
                }
                Output.print(
                        spec.commandLine().getOut(),
                        options,
                        status,
                        text.toString().stripTrailing());
                return 0;
            }
        }
    }
}
