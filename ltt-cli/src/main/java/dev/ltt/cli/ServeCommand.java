package dev.ltt.cli;

import dev.ltt.json.Json;
import dev.ltt.server.AdminToken;
import java.io.PrintWriter;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

@Command(
        name = "serve",
        mixinStandardHelpOptions = true,
        description = {
            "Run the LTT server: the REST API under /api/v1 and the service endpoints.",
            "Without LTT_DATABASE_URL the data lives in an embedded PostgreSQL in the data dir, so a restart",
            "keeps everything. SIGTERM or Ctrl+C stops it cleanly: requests in flight finish first.",
            "The admin token is LTT_ADMIN_TOKEN, or else the one generated into <data dir>/admin-token",
            "('ltt token admin' prints it)."
        })
final class ServeCommand implements Callable<Integer> {
    @Mixin
    CommonOptions options;

    @Option(
            names = "--port",
            paramLabel = "PORT",
            description = "The port to listen on (default: $LTT_PORT or 8080; 0 picks a free port).")
    Integer port;

    @Option(
            names = "--host",
            paramLabel = "HOST",
            description = "The address to listen on (default: $LTT_HOST or 127.0.0.1; 0.0.0.0 for every interface).")
    String host;

    @Option(
            names = "--demo",
            description = "Ingest the bundled sample curricula, create the learner 'demo', and "
                    + "print the URLs and tokens to try it with.")
    boolean demo;

    @Spec
    CommandSpec spec;

    @Override
    public Integer call() throws InterruptedException {
        Map<String, String> env = System.getenv();
        ServeSettings settings = ServeSettings.of(env, host, port, options.dataDir);
        AdminToken.Resolved admin = AdminToken.resolve(env, settings.database().dataDir());
        Demo.Setup[] setup = new Demo.Setup[1];
        RunningServer running = RunningServer.start(settings, admin.token(), ltt -> {
            if (demo) setup[0] = Demo.prepare(ltt.use());
        });
        Runtime.getRuntime().addShutdownHook(new Thread(() -> stop(running), "ltt-shutdown"));
        String baseUrl = settings.baseUrl(running.port());
        PrintWriter out = spec.commandLine().getOut();
        if (options.json) {
            out.println(Json.write(startedJson(settings, baseUrl, admin, setup[0])));
        } else {
            out.println("LTT is serving " + baseUrl + " (REST API under /api/v1; data: " + where(settings)
                    + "; Ctrl+C stops it)");
            if (setup[0] != null) out.print(DemoText.of(baseUrl, ServiceUrls.of(baseUrl), setup[0], admin));
        }
        out.flush();
        running.awaitStop();
        return 0;
    }

    private static void stop(RunningServer running) {
        System.err.println("ltt: stopping (requests in flight finish first)...");
        running.close();
        System.err.println("ltt: stopped " + running.stopTimes() + "; every committed change is saved");
    }

    private static String where(ServeSettings settings) {
        return settings.database().externalUrl().isPresent()
                ? "the PostgreSQL of LTT_DATABASE_URL"
                : settings.database().dataDir().toString();
    }

    private static Map<String, Object> startedJson(
            ServeSettings settings, String baseUrl, AdminToken.Resolved admin, Demo.Setup setup) {
        Map<String, Object> json = new LinkedHashMap<>();
        json.put("url", baseUrl);
        json.put("data", where(settings));
        json.put("urls", ServiceUrls.of(baseUrl));
        if (setup != null) {
            json.put("projects", setup.projects());
            json.put("learner", setup.learner());
            Map<String, String> tokens = new LinkedHashMap<>();
            tokens.put("learner", setup.learnerToken());
            tokens.put("instructor", setup.instructorToken());
            if (admin.source() == AdminToken.Source.FILE) tokens.put("admin", admin.token());
            json.put("tokens", tokens);
        }
        return json;
    }
}
