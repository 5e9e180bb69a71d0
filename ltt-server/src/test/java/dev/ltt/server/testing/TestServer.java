package dev.ltt.server.testing;

import dev.ltt.Ltt;
import dev.ltt.server.LttServer;
import dev.ltt.testing.TestDatabase;
import io.javalin.config.JavalinConfig;
import java.util.List;
import java.util.function.Consumer;
import java.util.function.Function;

/**
 * A real LTT server on a free port over a fresh database of the embedded PostgreSQL, for tests that speak
 * real HTTP. One per test class; close it when done.
 */
public final class TestServer implements AutoCloseable {
    public static final String ADMIN_TOKEN = "test-admin-token-0123456789";
    public final Ltt ltt;
    public final LttServer server;
    public final Http http;

    private TestServer(Ltt ltt, LttServer server) {
        this.ltt = ltt;
        this.server = server;
        this.http = new Http("http://localhost:" + server.port());
    }

    public static TestServer start() {
        return start(ltt -> List.of());
    }

    /** A server with extensions (the web UI, MCP...) built over its engine. */
    public static TestServer start(Function<Ltt, List<Consumer<JavalinConfig>>> extensions) {
        Ltt ltt = new Ltt(TestDatabase.fresh(), ADMIN_TOKEN);
        return new TestServer(ltt, LttServer.create(ltt, extensions.apply(ltt)).start("127.0.0.1", 0));
    }

    /** A server with its own engine (pool, caches, invalidation listener) on an existing database: a second process. */
    public static TestServer onDatabase(String databaseName) {
        Ltt ltt = new Ltt(TestDatabase.connect(databaseName, 20), ADMIN_TOKEN);
        return new TestServer(ltt, LttServer.create(ltt, List.of()).start("127.0.0.1", 0));
    }

    public String baseUrl() {
        return http.baseUrl();
    }

    @Override
    public void close() {
        server.stop();
        ltt.close();
    }
}
