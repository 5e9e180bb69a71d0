package dev.ltt.cli;

import dev.ltt.Ltt;
import dev.ltt.curriculum.ProjectListing;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

@Command(
        name = "projects",
        mixinStandardHelpOptions = true,
        description = "List the projects: slug, version, title, and counts (nodes include the project itself).")
final class ProjectsCommand implements Callable<Integer> {
    @Mixin
    CommonOptions options;

    @Option(names = "--all-versions", description = "List every version, not only the latest of each project.")
    boolean allVersions;

    @Spec
    CommandSpec spec;

    @Override
    public Integer call() {
        try (Ltt ltt = Engine.open(options)) {
            List<ProjectListing> projects = ltt.use().listProjects.list(allVersions);
            Output.print(spec.commandLine().getOut(), options, projects, table(projects));
            return 0;
        }
    }

    private static String table(List<ProjectListing> projects) {
        if (projects.isEmpty()) return "no projects yet: store one with 'ltt ingest FILE'";
        StringBuilder text = new StringBuilder(
                String.format("%-32s %7s %6s %6s  %s%n", "SLUG", "VERSION", "NODES", "LEAVES", "TITLE"));
        for (ProjectListing p : projects) {
            text.append(String.format(
                    "%-32s %7d %6d %6d  %s%n", p.projectId(), p.version(), p.taskCount(), p.leafCount(), p.title()));
        }
        return text.toString().stripTrailing();
    }
}
