package dev.ltt.cli;

import dev.ltt.Ltt;
import dev.ltt.curriculum.IngestResult;
import dev.ltt.error.InvalidInputException;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

@Command(
        name = "ingest",
        mixinStandardHelpOptions = true,
        description = {
            "Store a curriculum JSON document as a new project version.",
            "The whole document is checked first; every problem is reported with its JSON path and nothing",
            "is stored unless all is well. Ingesting the same document again changes nothing."
        })
final class IngestCommand implements Callable<Integer> {
    @Mixin
    CommonOptions options;

    @Parameters(paramLabel = "FILE", description = "The curriculum document (JSON).")
    Path file;

    @Option(names = "--dry-run", description = "Check the document and show what would be stored, storing nothing.")
    boolean dryRun;

    @Spec
    CommandSpec spec;

    @Override
    public Integer call() {
        byte[] document = read(file);
        try (Ltt ltt = Engine.open(options)) {
            IngestResult r = ltt.use().ingestCurriculum.ingest(document, dryRun);
            String verb = r.dryRun() ? "would store" : r.created() ? "stored" : "already stored (identical document)";
            StringBuilder text = new StringBuilder(verb + ": " + r.projectId() + " version " + r.version()
                    + " \"" + r.title() + "\"\n  " + r.taskCount() + " nodes, " + r.leafCount() + " leaves, "
                    + r.objectiveCount() + " learning objectives");
            r.warnings().forEach(w -> text.append("\n  warning: ").append(w));
            Output.print(spec.commandLine().getOut(), options, r, text.toString());
            return 0;
        }
    }

    static byte[] read(Path file) {
        try {
            return Files.readAllBytes(file);
        } catch (NoSuchFileException e) {
            throw new InvalidInputException("FILE", "there is no file " + file + ": check the path");
        } catch (IOException e) {
            throw new InvalidInputException("FILE", "cannot read " + file + ": check the path and permissions");
        }
    }
}
