package dev.ltt.cli;

import dev.ltt.Ltt;
import dev.ltt.people.CreateLearner;
import dev.ltt.people.Learner;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

@Command(
        name = "learner",
        mixinStandardHelpOptions = true,
        description = "Create and list learners.",
        subcommands = {LearnerCommand.Create.class, LearnerCommand.ListAll.class})
final class LearnerCommand implements Runnable {
    @Spec
    CommandSpec spec;

    @Override
    public void run() {
        spec.commandLine().usage(spec.commandLine().getOut());
    }

    @Command(name = "create", mixinStandardHelpOptions = true, description = "Create a learner.")
    static final class Create implements Callable<Integer> {
        @Mixin
        CommonOptions options;

        @Option(names = "--id", paramLabel = "ID", description = "The learner's id (default: generated).")
        String id;

        @Option(names = "--name", paramLabel = "NAME", description = "A display name.")
        String name;

        @Option(names = "--email", paramLabel = "EMAIL", description = "An e-mail address.")
        String email;

        @Spec
        CommandSpec spec;

        @Override
        public Integer call() {
            try (Ltt ltt = Engine.open(options)) {
                Learner learner = ltt.use().createLearner.create(new CreateLearner.Command(id, name, email));
                Output.print(
                        spec.commandLine().getOut(),
                        options,
                        learner,
                        "created learner " + learner.id()
                                + (learner.name() == null ? "" : " (" + learner.name() + ")"));
                return 0;
            }
        }
    }

    @Command(name = "list", mixinStandardHelpOptions = true, description = "List learners by id.")
    static final class ListAll implements Callable<Integer> {
        @Mixin
        CommonOptions options;

        @Mixin
        Paging page;

        @Spec
        CommandSpec spec;

        @Override
        public Integer call() {
            try (Ltt ltt = Engine.open(options)) {
                List<Learner> learners = ltt.use().listLearners.list(page.limit, page.offset);
                StringBuilder text = new StringBuilder(
                        learners.isEmpty() ? "no learners yet: create one with 'ltt learner create'" : "");
                for (Learner l : learners) {
                    text.append(String.format("%-24s %s%n", l.id(), l.name() == null ? "" : l.name()));
                }
                Output.print(
                        spec.commandLine().getOut(),
                        options,
                        learners,
                        text.toString().stripTrailing());
                return 0;
            }
        }
    }
}
