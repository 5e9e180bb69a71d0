package dev.ltt.cli;

import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.ltt.Ltt;
import dev.ltt.error.InvalidInputException;
import dev.ltt.json.Json;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.OptionalInt;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

@Command(
        name = "export",
        mixinStandardHelpOptions = true,
        description = "Write a project version back as curriculum JSON (it ingests again to the same tree).")
final class ExportCommand implements Callable<Integer> {
    @Mixin
    CommonOptions options;

    @Parameters(paramLabel = "SLUG", description = "The project's slug (its project_id).")
    String slug;

    @Option(names = "--version", paramLabel = "N", description = "The version to export (default: the latest).")
    Integer version;

    @Option(
            names = {"-o", "--output"},
            paramLabel = "FILE",
            description = "Write to FILE instead of standard output.")
    Path output;

    @Spec
    CommandSpec spec;

    @Override
    public Integer call() {
        try (Ltt ltt = Engine.open(options)) {
            ObjectNode document = ltt.use()
                    .exportCurriculum
                    .export(slug, version == null ? OptionalInt.empty() : OptionalInt.of(version));
            String text = Json.writePretty(document);
            if (output == null) {
                spec.commandLine().getOut().println(text);
                spec.commandLine().getOut().flush();
            } else {
                write(output, text);
            }
            return 0;
        }
    }

    private static void write(Path file, String text) {
        try {
            Files.writeString(file, text + "\n", StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new InvalidInputException("--output", "cannot write " + file + ": check the path and permissions");
        }
    }
}
