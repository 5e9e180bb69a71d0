package dev.ltt.bench;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;

/**
 * Runs Debian's {@code pgbench} against the benchmark's PostgreSQL (its own database {@code pgbench}, scale
 * 10), with per-transaction logs so p50/p99 come out in the same form as the HTTP figures.
 */
public final class PgBench {
    private PgBench() {}

    /** Transactions per second and latencies. */
    public record Result(long transactions, double seconds, Percentiles latencies) {
        public double tps() {
            return transactions / seconds;
        }

        @Override
        public String toString() {
            return String.format("%8.0f tps    %s", transactions / seconds, latencies.summary());
        }
    }

    private static boolean initialised;

    public static Result run(int port, String mode, int clients, int seconds) throws Exception {
        if (!initialised) {
            exec(List.of("createdb", "-h", "localhost", "-p", "" + port, "-U", "postgres", "pgbench"), null);
            exec(
                    List.of(
                            "pgbench",
                            "-h",
                            "localhost",
                            "-p",
                            "" + port,
                            "-U",
                            "postgres",
                            "-i",
                            "-q",
                            "-s",
                            "10",
                            "pgbench"),
                    null);
            initialised = true;
        }
        return measure(port, "pgbench", List.of(mode), clients, seconds);
    }

    /**
     * Runs a custom pgbench {@code script} against {@code database} (prepared statements, as pipelines need): the
     * database and what the script reads are the caller's to set up.
     */
    public static Result script(int port, String database, Path script, int clients, int seconds) throws Exception {
        return measure(port, database, List.of("-n", "-M", "prepared", "-f", script.toString()), clients, seconds);
    }

    private static Result measure(int port, String database, List<String> options, int clients, int seconds)
            throws Exception {
        Path dir = Files.createTempDirectory("pgbench");
        List<String> command =
                new java.util.ArrayList<>(List.of("pgbench", "-h", "localhost", "-p", "" + port, "-U", "postgres"));
        command.addAll(options);
        command.addAll(List.of(
                "-c",
                "" + clients,
                "-j",
                "2",
                "-T",
                "" + seconds,
                "-l",
                "--log-prefix=" + dir.resolve("tx"),
                database));
        exec(command, dir);
        Percentiles p = new Percentiles(5_000_000);
        long count = 0;
        try (Stream<Path> logs = Files.list(dir)) {
            for (Path log : logs.toList()) {
                for (String line : Files.readAllLines(log)) {
                    String[] f = line.split(" ");
                    p.add(Long.parseLong(f[2]) * 1000); // third field: latency in microseconds
                    count++;
                }
            }
        }
        return new Result(count, seconds, p);
    }

    private static void exec(List<String> command, Path dir) throws IOException, InterruptedException {
        ProcessBuilder pb = new ProcessBuilder(command).redirectErrorStream(true);
        if (dir != null) pb.directory(dir.toFile());
        Process process = pb.start();
        String output = new String(process.getInputStream().readAllBytes());
        if (!process.waitFor(10, TimeUnit.MINUTES) || process.exitValue() != 0) {
            throw new IllegalStateException(String.join(" ", command) + " failed:\n" + output);
        }
    }
}
