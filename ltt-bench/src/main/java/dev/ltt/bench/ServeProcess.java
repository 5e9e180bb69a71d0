package dev.ltt.bench;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;

/**
 * The real {@code ltt serve} (the built jar) in a child process on a data dir and port, and the faults the
 * driver does to it and to its embedded PostgreSQL: SIGKILL, SIGSTOP / SIGCONT, SIGTERM.
 */
final class ServeProcess implements AutoCloseable {
    private final Process process;
    private final Path dataDir;
    private final Path log;

    private ServeProcess(Process process, Path dataDir, Path log) {
        this.process = process;
        this.dataDir = dataDir;
        this.log = log;
    }

    /** Starts {@code java -jar JAR serve} and returns once it prints that it is serving. */
    static ServeProcess start(Path jar, Path dataDir, int port, String adminToken, Path log) throws Exception {
        String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
        ProcessBuilder builder = new ProcessBuilder(
                        java,
                        "-Xmx512m",
                        "-jar",
                        jar.toString(),
                        "serve",
                        "--port",
                        Integer.toString(port),
                        "--data-dir",
                        dataDir.toString())
                .redirectErrorStream(true)
                .redirectOutput(ProcessBuilder.Redirect.appendTo(log.toFile()));
        builder.environment().put("LTT_ADMIN_TOKEN", adminToken);
        builder.environment().remove("LTT_DATABASE_URL");
        Process process = builder.start();
        ServeProcess serve = new ServeProcess(process, dataDir, log);
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(120);
        while (!serve.printed("LTT is serving")) {
            if (!process.isAlive())
                throw new IllegalStateException("ltt serve exited with " + process.exitValue() + "; see " + log);
            if (System.nanoTime() > deadline)
                throw new IllegalStateException("ltt serve did not start in 120 s; see " + log);
            Thread.sleep(100);
        }
        return serve;
    }

    private boolean printed(String text) throws IOException {
        try (BufferedReader reader =
                new BufferedReader(new InputStreamReader(Files.newInputStream(log), StandardCharsets.UTF_8))) {
            return reader.lines().anyMatch(line -> line.contains(text));
        }
    }

    long pid() {
        return process.pid();
    }

    /** SIGKILL to the server JVM (its PostgreSQL keeps running, orphaned, as after a real crash). */
    void killJvm() throws InterruptedException {
        process.destroyForcibly();
        process.waitFor();
    }

    /** SIGTERM and the time until the process has exited. */
    Duration terminate() throws InterruptedException {
        long began = System.nanoTime();
        process.destroy();
        if (!process.waitFor(120, TimeUnit.SECONDS)) throw new IllegalStateException("ltt serve did not stop in 120 s");
        return Duration.ofNanos(System.nanoTime() - began);
    }

    /** The postmaster and every process it started. */
    List<ProcessHandle> postgres() throws IOException {
        long pid = Long.parseLong(
                Files.readAllLines(dataDir.resolve("pg/postmaster.pid")).get(0).strip());
        ProcessHandle postmaster = ProcessHandle.of(pid).orElseThrow();
        return Stream.concat(Stream.of(postmaster), postmaster.children()).toList();
    }

    long postmasterPid() throws IOException {
        return postgres().get(0).pid();
    }

    /** Sends a signal (KILL, STOP, CONT) to every PostgreSQL process of the data dir at once. */
    void signalPostgres(String signal) throws Exception {
        List<String> command = new ArrayList<>(List.of("kill", "-" + signal));
        for (ProcessHandle p : postgres()) command.add(Long.toString(p.pid()));
        int exit = new ProcessBuilder(command).inheritIO().start().waitFor();
        if (exit != 0) throw new IllegalStateException(command + " exited with " + exit);
    }

    @Override
    public void close() throws Exception {
        if (process.isAlive()) {
            process.destroy();
            CompletableFuture<Process> exited = process.onExit();
            try {
                exited.get(60, TimeUnit.SECONDS);
            } catch (Exception e) {
                process.destroyForcibly();
            }
        }
    }

    static Duration since(long nanos) {
        return Duration.ofNanos(System.nanoTime() - nanos);
    }
}
