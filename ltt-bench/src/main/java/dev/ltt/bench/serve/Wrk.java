package dev.ltt.bench.serve;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;

/**
 * Runs Debian's {@code wrk} (a C load generator, outside this JVM) against the server with a Lua script whose
 * {@code done} hook prints one machine-readable line; every figure comes from wrk's own counters and
 * latency histogram (microseconds).
 */
final class Wrk {
    private Wrk() {}

    /** What one wrk run measured. {@code failed} counts socket errors, timeouts and non-2xx/3xx answers. */
    record Result(long requests, double seconds, long p50us, long p99us, long maxUs, long failed) {
        double rate() {
            return requests / seconds;
        }

        @Override
        public String toString() {
            return String.format(
                    "%9.0f req/s  p50 %7.2f ms  p99 %7.2f ms  max %8.2f ms%s",
                    rate(),
                    p50us / 1000.0,
                    p99us / 1000.0,
                    maxUs / 1000.0,
                    failed == 0 ? "" : "  FAILED " + failed + " of " + requests);
        }
    }

    /** The {@code done} hook every script ends with. */
    static final String DONE = """
            done = function(summary, latency, requests)
              local e = summary.errors
              io.write(string.format("WRK %d %d %d %d %d %d\\n", summary.requests, summary.duration,
                latency:percentile(50), latency:percentile(99), latency.max,
                e.connect + e.read + e.write + e.status + e.timeout))
            end
            """;

    static Result run(
            String url, String script, List<String> args, int threads, int connections, int seconds, int timeoutSeconds)
            throws IOException, InterruptedException {
        Path file = Files.createTempFile("ltt-wrk", ".lua");
        Files.writeString(file, script + "\n" + DONE);
        List<String> command = new ArrayList<>(List.of(
                "wrk",
                "-t" + threads,
                "-c" + connections,
                "-d" + seconds + "s",
                "--timeout",
                timeoutSeconds + "s",
                "-s",
                file.toString(),
                url));
        if (!args.isEmpty()) {
            command.add("--");
            command.addAll(args);
        }
        Process process = new ProcessBuilder(command).redirectErrorStream(true).start();
        String output = new String(process.getInputStream().readAllBytes());
        if (!process.waitFor(seconds + timeoutSeconds + 30L, TimeUnit.SECONDS) || process.exitValue() != 0) {
            process.destroyForcibly();
            throw new IllegalStateException("wrk failed: " + output);
        }
        Files.delete(file);
        // with -Dbench.diagnose=true the submit script prints each answer that is not a 2xx closing the leaf
        output.lines().filter(l -> l.startsWith("UNEXPECTED ")).limit(20).forEach(System.err::println);
        for (String line : output.split("\n")) {
            if (!line.startsWith("WRK ")) continue;
            String[] f = line.trim().split(" ");
            return new Result(
                    Long.parseLong(f[1]),
                    Long.parseLong(f[2]) / 1e6,
                    Long.parseLong(f[3]),
                    Long.parseLong(f[4]),
                    Long.parseLong(f[5]),
                    Long.parseLong(f[6]));
        }
        throw new IllegalStateException("wrk printed no result: " + output);
    }
}
