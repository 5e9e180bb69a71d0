package dev.ltt.server.testing;

import dev.ltt.Ltt;
import dev.ltt.server.LttServer;
import dev.ltt.testing.TestDatabase;

import java.util.List;

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
        Ltt ltt = new Ltt(TestDatabase.fresh(), ADMIN_TOKEN);
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
