package dev.ltt.cli;

import dev.ltt.Ltt;
import dev.ltt.progress.ReadyList;
import dev.ltt.progress.ReadyTask;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

@Command(
        name = "ready",
        mixinStandardHelpOptions = true,
        description = "What a learner can work on now in a project: in progress first, then by priority.")
final class ReadyCommand implements Callable<Integer> {
    @Mixin
    CommonOptions options;

    @Parameters(index = "0", paramLabel = "LEARNER", description = "The learner's id.")
    String learner;

    @Parameters(index = "1", paramLabel = "SLUG", description = "The project's slug.")
    String slug;

    @Option(names = "--limit", defaultValue = "10", description = "Show at most this many (default 10).")
    int limit;

    @Option(names = "--containers", description = "List tasks and epics too, not only leaves.")
    boolean containers;

    @Spec
    CommandSpec spec;

    @Override
    public Integer call() {
        try (Ltt ltt = Engine.open(options)) {
            ReadyList ready = ltt.use().readyWork.ready(learner, slug, limit, containers);
            StringBuilder text = new StringBuilder(
                    ready.totalReady() == 0
                            ? "nothing is ready: every task is closed " + "or waits for a prerequisite"
                            : ready.totalReady() + " ready, showing "
                                    + ready.tasks().size() + ":");
            for (ReadyTask t : ready.tasks()) {
                text.append(String.format("%n  %-36s %-11s P%d  %s", t.id(), t.status(), t.priority(), t.title()));
            }
            Output.print(spec.commandLine().getOut(), options, ready, text.toString());
            return 0;
        }
    }
}
