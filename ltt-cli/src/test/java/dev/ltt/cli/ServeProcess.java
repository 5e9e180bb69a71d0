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
 * {@code ltt serve} in a child JVM on the test classpath, with no {@code LTT_*} variables but those given:
 * its stdout read line by line, its stderr kept in a file. {@link #terminate} sends SIGTERM, as a service
 * manager or Ctrl+C would; {@link #close} makes sure the child is gone.
 */
final class ServeProcess implements AutoCloseable {
    private static final String EOF = "\u0000eof";
    private final Process process;
    private final Path stderr;
    private final BlockingQueue<String> lines = new LinkedBlockingQueue<>();
    private final List<String> seen = new ArrayList<>();

    private ServeProcess(Process process, Path stderr) {
        this.process = process;
        this.stderr = stderr;
        Thread reader = new Thread(this::pump, "serve-" + process.pid() + "-stdout");
        reader.setDaemon(true);
        reader.start();
    }

    static ServeProcess start(Path workDir, String... args) {
        List<String> command = new ArrayList<>(List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-cp", classpath(), Main.class.getName(), "serve"));
        command.addAll(List.of(args));
        try {
            Path stderr = Files.createTempFile(workDir, "serve-", ".stderr");
            ProcessBuilder builder = new ProcessBuilder(command).redirectError(stderr.toFile());
            builder.environment().keySet().removeIf(name -> name.startsWith("LTT_"));
            return new ServeProcess(builder.start(), stderr);
        } catch (IOException e) {
            throw new UncheckedIOException("could not start a child JVM", e);
        }
    }

    /** Surefire may give the JVM a manifest-only jar as its class path; it also names the real one. */
    private static String classpath() {
        String surefire = System.getProperty("surefire.test.class.path");
        return surefire != null && !surefire.isBlank() ? surefire : System.getProperty("java.class.path");
    }

    /** The next line of stdout starting with {@code prefix}; fails if the child ends or time runs out first. */
    String awaitLine(String prefix, Duration timeout) throws InterruptedException {
        long deadline = System.nanoTime() + timeout.toNanos();
        while (true) {
            String line = lines.poll(Math.max(0, deadline - System.nanoTime()), TimeUnit.NANOSECONDS);
            if (line == null || line.equals(EOF)) {
                throw new AssertionError((line == null ? "no line '" + prefix + "' within " + timeout
                        : "serve ended without printing '" + prefix + "'") + describe());
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
        if (!process.waitFor(timeout.toMillis(), TimeUnit.MILLISECONDS)) {
            throw new AssertionError("serve did not stop within " + timeout + " of SIGTERM" + describe());
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
        return "\n--- serve stdout so far\n" + String.join("\n", seen) + "\n--- serve stderr\n" + stderr();
    }

    private void pump() {
        try (BufferedReader reader = new BufferedReader(new InputStreamReader(process.getInputStream(), StandardCharsets.UTF_8))) {
            for (String line; (line = reader.readLine()) != null; ) lines.add(line);
        } catch (IOException e) {
            // the child is gone; EOF tells whoever waits
        }
        lines.add(EOF);
    }

    @Override
    public void close() throws InterruptedException {
        if (!process.isAlive()) return;
        process.destroy();
        if (!process.waitFor(30, TimeUnit.SECONDS)) process.destroyForcibly().waitFor(10, TimeUnit.SECONDS);
    }
}
