package dev.ltt.cli;

import com.fasterxml.jackson.databind.JsonNode;
import dev.ltt.json.Json;
import dev.ltt.testing.Fixtures;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import picocli.CommandLine;

/**
 * Runs the {@code ltt} command in this JVM, as a user would type it, on one data dir: each run starts (or
 * joins) the embedded PostgreSQL of that dir and stops it again when the command ends, like the real thing.
 */
final class Cli {
    private final Path dataDir;

    Cli(Path dataDir) {
        this.dataDir = dataDir;
    }

    /** What one command printed and returned. */
    record Result(int exitCode, String out, String err) {
        JsonNode json() {
            return Json.parse(out);
        }

        JsonNode errJson() {
            return Json.parse(err);
        }

        @Override
        public String toString() {
            return "exit " + exitCode + "\n--- stdout\n" + out + "\n--- stderr\n" + err;
        }
    }

    /** Runs {@code ltt ARGS --data-dir DIR}. */
    Result run(String... args) {
        List<String> all = new ArrayList<>(List.of(args));
        all.add("--data-dir");
        all.add(dataDir.toString());
        return runExactly(all.toArray(String[]::new));
    }

    /** Runs {@code ltt ARGS} with nothing added (for --help, --version). */
    static Result runExactly(String... args) {
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        CommandLine commandLine = Main.commandLine();
        commandLine.setOut(new PrintWriter(out, true));
        commandLine.setErr(new PrintWriter(err, true));
        int exitCode = commandLine.execute(args);
        return new Result(exitCode, out.toString(), err.toString());
    }

    /** Writes a bundled curriculum to a file in {@code dir}, as a user would have it, and returns its path. */
    static Path fixtureFile(Path dir, String slug) {
        return write(dir.resolve(slug + ".json"), Fixtures.curriculum(slug));
    }

    static Path write(Path file, byte[] content) {
        try {
            Files.write(file, content);
            return file;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
