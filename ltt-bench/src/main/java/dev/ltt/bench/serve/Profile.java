package dev.ltt.bench.serve;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;

/**
 * A JFR recording of the server while one load phase runs, summarised as the most frequent top frames of
 * {@code jdk.ExecutionSample} and the most frequent innermost LTT frames (the {@code dev.ltt} frame nearest the top of each
 * sampled stack, so that time in libraries is charged to the LTT code that called them).
 */
final class Profile {
    private Profile() {}

    static void start(ServeProcess server, String name, Path file) throws IOException, InterruptedException {
        server.jcmd("JFR.start", "name=" + name, "settings=profile", "filename=" + file);
    }

    static String stopAndSummarise(ServeProcess server, String name, Path file, int top)
            throws IOException, InterruptedException {
        server.jcmd("JFR.stop", "name=" + name);
        Process p = new ProcessBuilder(
                        Path.of(System.getProperty("java.home"), "bin", "jfr").toString(),
                        "print",
                        "--events",
                        "jdk.ExecutionSample",
                        "--stack-depth",
                        "64",
                        file.toString())
                .redirectErrorStream(true)
                .start();
        String text = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        p.waitFor(2, TimeUnit.MINUTES);
        Map<String, Integer> topFrames = new HashMap<>();
        Map<String, Integer> lttFrames = new HashMap<>();
        int samples = 0;
        boolean inStack = false, first = false, lttSeen = false;
        for (String raw : text.split("\n")) {
            String line = raw.strip();
            if (line.startsWith("stackTrace = [")) {
                inStack = true;
                first = true;
                lttSeen = false;
                samples++;
                continue;
            }
            if (!inStack) continue;
            if (line.startsWith("]")) {
                inStack = false;
                continue;
            }
            String frame = line.replaceAll("\\s+line:.*$", "");
            if (first) {
                topFrames.merge(frame, 1, Integer::sum);
                first = false;
            }
            if (!lttSeen && frame.startsWith("dev.ltt.")) {
                lttFrames.merge(frame, 1, Integer::sum);
                lttSeen = true;
            }
        }
        StringBuilder out = new StringBuilder();
        out.append(String.format("  %s: %d execution samples (%s)%n", name, samples, file));
        out.append("    top frames:\n");
        append(out, topFrames, samples, top);
        out.append("    innermost LTT frame on each stack:\n");
        append(out, lttFrames, samples, top);
        return out.toString();
    }

    private static void append(StringBuilder out, Map<String, Integer> counts, int samples, int top) {
        List<Map.Entry<String, Integer>> sorted = counts.entrySet().stream()
                .sorted(Map.Entry.<String, Integer>comparingByValue().reversed())
                .limit(top)
                .toList();
        for (Map.Entry<String, Integer> e : sorted) {
            out.append(String.format("      %5.1f %%  %s%n", 100.0 * e.getValue() / Math.max(1, samples), e.getKey()));
        }
    }
}
