package dev.ltt.cli;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;

/**
 * Another process on the same machine: a JVM on the test classpath running one main class. Its stdout is
 * read line by line (wait for a line with a bound, never a guessed sleep); its stderr goes to a file shown
 * when something fails. It sees no {@code LTT_*} variables of the test's environment. {@link #terminate}
 * sends SIGTERM, as a service manager or Ctrl+C would; close it to make sure it is gone.
 */
final class ChildJvm implements AutoCloseable {
    private static final String EOF = "\u0000eof";
    private final Process process;
    private final Path stderr;
    private final BlockingQueue<String> lines = new LinkedBlockingQueue<>();
    private final List<String> seen = new ArrayList<>();

    private ChildJvm(Process process, Path stderr) {
        this.process = process;
        this.stderr = stderr;
        Thread reader = new Thread(this::pump, "child-" + process.pid() + "-stdout");
        reader.setDaemon(true);
        reader.start();
    }

    static ChildJvm start(Path workDir, Class<?> mainClass, String... args) {
        List<String> command = new ArrayList<>(List.of(
                Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-cp",
                classpath(),
                mainClass.getName()));
        command.addAll(List.of(args));
        try {
            Path stderr = Files.createTempFile(workDir, mainClass.getSimpleName() + "-", ".stderr");
            ProcessBuilder builder = new ProcessBuilder(command).redirectError(stderr.toFile());
            builder.environment().keySet().removeIf(name -> name.startsWith("LTT_"));
            return new ChildJvm(builder.start(), stderr);
        } catch (IOException e) {
            throw new UncheckedIOException("could not start a child JVM", e);
        }
    }

    /** Surefire may hand the JVM a one-entry manifest jar; it also gives the real test classpath. */
    private static String classpath() {
        String surefire = System.getProperty("surefire.test.class.path");
        return surefire != null && !surefire.isBlank() ? surefire : System.getProperty("java.class.path");
    }

    long pid() {
        return process.pid();
    }

    /** The next line that starts with {@code prefix}; fails when the child ends or the time runs out first. */
    String awaitLine(String prefix, Duration timeout) throws InterruptedException {
        long deadline = System.nanoTime() + timeout.toNanos();
        while (true) {
            String line = lines.poll(Math.max(0, deadline - System.nanoTime()), TimeUnit.NANOSECONDS);
            if (line == null || line.equals(EOF)) {
                throw new AssertionError((line == null
                                ? "no line '" + prefix + "' within " + timeout
                                : "the child ended without printing '" + prefix + "'")
                        + describe());
            }
            seen.add(line);
            if (line.startsWith(prefix)) return line;
        }
    }

    /** Every stdout line read so far. */
    List<String> seen() {
        return List.copyOf(seen);
    }

    /** SIGTERM, then wait for the exit; returns the exit code. */
    int terminate(Duration timeout) throws InterruptedException {
        process.destroy();
        return awaitExit(timeout);
    }

    /** Closes the child's standard input: the signal {@link HoldDataDir} waits for. */
    void closeStdin() throws IOException {
        process.getOutputStream().close();
    }

    /** Waits for the child to exit and returns its exit code. */
    int awaitExit(Duration timeout) throws InterruptedException {
        if (!process.waitFor(timeout.toMillis(), TimeUnit.MILLISECONDS)) {
            throw new AssertionError("the child did not exit within " + timeout + describe());
        }
        return process.exitValue();
    }

    String stderr() {
        try {
            return Files.readString(stderr, StandardCharsets.UTF_8);
        } catch (IOException e) {
            return "(stderr unreadable: " + e.getMessage() + ")";
        }
    }

    String describe() {
        return "\n--- child stdout so far\n" + String.join("\n", seen) + "\n--- child stderr\n" + stderr();
    }

    private void pump() {
        try (BufferedReader reader =
                new BufferedReader(new InputStreamReader(process.getInputStream(), StandardCharsets.UTF_8))) {
            for (String line; (line = reader.readLine()) != null; ) lines.add(line);
        } catch (IOException e) {
            // the child is gone; EOF below tells whoever waits
        }
        lines.add(EOF);
    }

    /** Ends the child if it still runs: a polite stop first, so it can stop its PostgreSQL. */
    @Override
    public void close() throws InterruptedException {
        if (!process.isAlive()) return;
        process.destroy();
        if (!process.waitFor(30, TimeUnit.SECONDS)) process.destroyForcibly().waitFor(10, TimeUnit.SECONDS);
    }
}
