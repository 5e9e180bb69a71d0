package dev.ltt.bench.serve;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The real {@code ltt serve}: the built jar in its own JVM, on a free loopback port, over the benchmark's
 * PostgreSQL ({@code LTT_DATABASE_URL}). Stopped with SIGTERM, as an operator would.
 */
final class ServeProcess implements AutoCloseable {
    private static final Pattern SERVING = Pattern.compile("LTT is serving (http://\\S+)");
    private static final Pattern HEAP = Pattern.compile("total (\\d+)K, used (\\d+)K");

    private final Process process;
    private final String baseUrl;

    private ServeProcess(Process process, String baseUrl) {
        this.process = process;
        this.baseUrl = baseUrl;
    }

    static ServeProcess start(Path jar, String jdbcUrl, String adminToken, Path dataDir, List<String> jvmOptions)
            throws IOException, InterruptedException {
        List<String> command = new ArrayList<>(
                List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString()));
        command.addAll(jvmOptions);
        command.addAll(List.of("-jar", jar.toString(), "serve", "--host", "127.0.0.1", "--port", "0"));
        ProcessBuilder pb = new ProcessBuilder(command).redirectErrorStream(true);
        Map<String, String> env = pb.environment();
        env.put("LTT_DATABASE_URL", jdbcUrl);
        env.put("LTT_DATABASE_USER", DurablePostgres.USER);
        env.put("LTT_ADMIN_TOKEN", adminToken);
        env.put("LTT_DATA_DIR", dataDir.toString());
        Process process = pb.start();
        CompletableFuture<String> url = new CompletableFuture<>();
        Thread reader = new Thread(
                () -> {
                    try (BufferedReader in = new BufferedReader(
                            new InputStreamReader(process.getInputStream(), StandardCharsets.UTF_8))) {
                        for (String line; (line = in.readLine()) != null; ) {
                            Matcher m = SERVING.matcher(line);
                            if (m.find()) url.complete(m.group(1));
                            else if (!url.isDone() || line.contains("ERROR") || line.contains("Exception"))
                                System.out.println("  [ltt] " + line);
                        }
                    } catch (IOException e) {
                        url.completeExceptionally(e);
                    }
                    url.completeExceptionally(new IllegalStateException("ltt serve ended before it served"));
                },
                "ltt-serve-output");
        reader.setDaemon(true);
        reader.start();
        try {
            String base = url.get(120, TimeUnit.SECONDS);
            ServeProcess serve = new ServeProcess(process, base);
            serve.awaitHealthy();
            return serve;
        } catch (Exception e) {
            process.destroyForcibly();
            throw new IllegalStateException("ltt serve did not start: " + e.getMessage(), e);
        }
    }

    String baseUrl() {
        return baseUrl;
    }

    long pid() {
        return process.pid();
    }

    private void awaitHealthy() throws IOException, InterruptedException {
        HttpClient http = HttpClient.newHttpClient();
        Instant deadline = Instant.now().plusSeconds(60);
        while (Instant.now().isBefore(deadline)) {
            try {
                HttpResponse<Void> r = http.send(
                        HttpRequest.newBuilder(URI.create(baseUrl + "/health")).build(),
                        HttpResponse.BodyHandlers.discarding());
                if (r.statusCode() == 200) return;
            } catch (IOException e) {
                // not listening yet
            }
            Thread.sleep(200);
        }
        throw new IllegalStateException("/health did not answer 200 within 60 s");
    }

    /** Heap in use now and after a full GC (the live set), and the heap committed, in MB, from {@code jcmd}. */
    record Heap(long usedMb, long liveMb, long committedMb) {
        @Override
        public String toString() {
            return String.format("used %d MB, live after full GC %d MB, committed %d MB", usedMb, liveMb, committedMb);
        }
    }

    Heap heap() throws IOException, InterruptedException {
        long[] before = heapInfo();
        jcmd("GC.run");
        long[] after = heapInfo();
        return new Heap(before[1] / 1024, after[1] / 1024, after[0] / 1024);
    }

    private long[] heapInfo() throws IOException, InterruptedException {
        Matcher m = HEAP.matcher(jcmd("GC.heap_info"));
        if (!m.find()) throw new IllegalStateException("jcmd GC.heap_info: no heap line");
        return new long[] {Long.parseLong(m.group(1)), Long.parseLong(m.group(2))};
    }

    String jcmd(String... arguments) throws IOException, InterruptedException {
        List<String> command = new ArrayList<>(
                List.of(Path.of(System.getProperty("java.home"), "bin", "jcmd").toString(), Long.toString(pid())));
        command.addAll(List.of(arguments));
        Process p = new ProcessBuilder(command).redirectErrorStream(true).start();
        String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        if (!p.waitFor(2, TimeUnit.MINUTES) || p.exitValue() != 0)
            throw new IllegalStateException("jcmd failed: " + out);
        return out;
    }

    @Override
    public void close() throws InterruptedException {
        process.destroy();
        if (!process.waitFor(30, TimeUnit.SECONDS)) {
            process.destroyForcibly();
            process.waitFor(10, TimeUnit.SECONDS);
        }
    }

    static Duration since(long nanos) {
        return Duration.ofNanos(System.nanoTime() - nanos);
    }
}
