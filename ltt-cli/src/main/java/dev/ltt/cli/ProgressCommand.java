package dev.ltt.cli;

import dev.ltt.Ltt;
import dev.ltt.progress.Progress;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

@Command(
        name = "progress",
        mixinStandardHelpOptions = true,
        description = "A learner's progress in a project: leaves closed, per epic, objectives by Bloom level.")
final class ProgressCommand implements Callable<Integer> {
    @Mixin
    CommonOptions options;

    @Parameters(index = "0", paramLabel = "LEARNER", description = "The learner's id.")
    String learner;

    @Parameters(index = "1", paramLabel = "SLUG", description = "The project's slug.")
    String slug;

    @Spec
    CommandSpec spec;

    @Override
    public Integer call() {
        try (Ltt ltt = Engine.open(options)) {
            Progress p = ltt.use().showProgress.progress(learner, slug);
            StringBuilder text = new StringBuilder(String.format(
                    "%s v%d: %d of %d done (%.1f%%), %d in progress, %d blocked",
                    p.projectId(), p.version(), p.completed(), p.total(), p.percentage(), p.inProgress(), p.blocked()));
            for (Progress.EpicProgress e : p.epics()) {
                text.append(String.format("%n  %-11s %3d/%-3d %s", e.status(), e.completed(), e.total(), e.title()));
            }
            text.append(String.format(
                    "%n  objectives achieved: %d of %d",
                    p.objectives().achieved(), p.objectives().total()));
            p.objectives().byLevel().forEach((level, c) -> {
                if (c.total() > 0) text.append(String.format("%n    %-10s %d/%d", level, c.achieved(), c.total()));
            });
            Output.print(spec.commandLine().getOut(), options, p, text.toString());
            return 0;
        }
    }
}
