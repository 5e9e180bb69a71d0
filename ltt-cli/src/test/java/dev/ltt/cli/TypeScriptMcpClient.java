package dev.ltt.cli;

import com.fasterxml.jackson.databind.JsonNode;
import dev.ltt.json.Json;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;

/**
 * The official TypeScript MCP SDK client ({@code @modelcontextprotocol/sdk} from npm), run by Node: a script
 * of {@code clients/mcp-ts} connects to {@code ltt mcp --learner L} as its child over stdio and prints one
 * JSON document. Node and npm must be installed ({@code .ci/run} installs Debian's); the npm packages are
 * installed once with {@code npm ci} from the committed lock file and kept in the folder's node_modules.
 */
final class TypeScriptMcpClient {
    static final Path FOLDER =
            Path.of("..", "clients", "mcp-ts").toAbsolutePath().normalize();
    private static final long TIMEOUT_SECONDS = 300;

    private TypeScriptMcpClient() {}

    /**
     * Runs {@code node SCRIPT ARGS... -- java ... Main mcp --learner LEARNER --data-dir DB} and returns the
     * JSON it printed; fails with the script's stderr when it exits non-zero or prints nothing.
     */
    static JsonNode run(String script, List<String> args, String learner, String dataDir) {
        installOnce();
        List<String> command =
                new ArrayList<>(List.of("node", FOLDER.resolve(script).toString()));
        command.addAll(args);
        command.add("--");
        command.addAll(List.of(
                Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-cp",
                classpath(),
                Main.class.getName(),
                "mcp",
                "--learner",
                learner,
                "--data-dir",
                dataDir));
        Result result = exec(command);
        if (result.exit != 0 || result.stdout.isBlank()) {
            throw new AssertionError("node " + script + " exited " + result.exit + "\n--- stdout\n" + result.stdout
                    + "\n--- stderr\n" + result.stderr);
        }
        try {
            return Json.MAPPER.readTree(result.stdout);
        } catch (IOException e) {
            throw new AssertionError("node " + script + " printed no JSON: " + result.stdout, e);
        }
    }

    /** {@code npm ci} when the SDK is not installed yet (.ci/run has usually done it already). */
    static synchronized void installOnce() {
        if (Files.isRegularFile(FOLDER.resolve("node_modules/@modelcontextprotocol/sdk/package.json"))) return;
        Result npm = exec(List.of("npm", "ci", "--no-audit", "--no-fund"));
        if (npm.exit != 0) {
            throw new AssertionError("npm ci in " + FOLDER + " failed (" + npm.exit + "):\n" + npm.stderr);
        }
    }

    private record Result(int exit, String stdout, String stderr) {}

    private static Result exec(List<String> command) {
        try {
            Path out = Files.createTempFile("ltt-ts-", ".stdout");
            Path err = Files.createTempFile("ltt-ts-", ".stderr");
            try {
                ProcessBuilder builder = new ProcessBuilder(command)
                        .directory(FOLDER.toFile())
                        .redirectOutput(out.toFile())
                        .redirectError(err.toFile())
                        .redirectInput(ProcessBuilder.Redirect.PIPE);
                builder.environment().keySet().removeIf(name -> name.startsWith("LTT_"));
                Process process;
                try {
                    process = builder.start();
                } catch (IOException e) {
                    throw new AssertionError(
                            "could not run " + command.get(0)
                                    + ": the TypeScript client tests need Node.js and npm (apt-get install nodejs npm)",
                            e);
                }
                process.getOutputStream().close();
                if (!process.waitFor(TIMEOUT_SECONDS, TimeUnit.SECONDS)) {
                    process.descendants().forEach(ProcessHandle::destroy);
                    process.destroyForcibly().waitFor(30, TimeUnit.SECONDS);
                    throw new AssertionError(String.join(" ", command.subList(0, 2)) + " did not end within "
                            + TIMEOUT_SECONDS + " s\n--- stderr\n" + Files.readString(err, StandardCharsets.UTF_8));
                }
                return new Result(
                        process.exitValue(),
                        Files.readString(out, StandardCharsets.UTF_8),
                        Files.readString(err, StandardCharsets.UTF_8));
            } finally {
                Files.deleteIfExists(out);
                Files.deleteIfExists(err);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new AssertionError("interrupted while running " + command.get(0), e);
        }
    }

    /** Surefire may hand the JVM a one-entry manifest jar; it also gives the real test classpath. */
    private static String classpath() {
        String surefire = System.getProperty("surefire.test.class.path");
        return surefire != null && !surefire.isBlank() ? surefire : System.getProperty("java.class.path");
    }

    /** Writes the calls for call-tools.mjs to a temporary file: {@code [{tool, arguments}]}. */
    static Path calls(Path dir, Object calls) {
        try {
            Path file = Files.createTempFile(dir, "calls-", ".json");
            Json.MAPPER.writeValue(file.toFile(), calls);
            return file;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
