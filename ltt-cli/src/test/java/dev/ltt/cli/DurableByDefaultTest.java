package dev.ltt.cli;

import static org.assertj.core.api.Assertions.assertThat;

import dev.ltt.db.EmbeddedServer;
import java.nio.file.Path;
import java.util.Map;
import org.jdbi.v3.core.Handle;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The embedded PostgreSQL of a data dir started the way {@code ltt serve} starts it writes every commit to disk
 * before acknowledging it, whatever the embedded library's own defaults are (it starts PostgreSQL with -F).
 */
class DurableByDefaultTest {

    @TempDir
    Path dir;

    @Test
    void the_server_started_by_ltt_serve_runs_with_fsync_synchronous_commit_and_full_page_writes_on() {
        ServeSettings settings = ServeSettings.of(Map.of(), "127.0.0.1", 0, dir.resolve("data"));
        try (RunningServer running = RunningServer.start(settings, "durable-test-admin-token-0123456789", ltt -> {})) {
            Map<String, String> shown = running.ltt()
                    .database()
                    .jdbi()
                    .withHandle(h -> Map.of(
                            "fsync", show(h, "fsync"),
                            "synchronous_commit", show(h, "synchronous_commit"),
                            "full_page_writes", show(h, "full_page_writes"),
                            "listen_addresses", show(h, "listen_addresses"),
                            "wal_compression", show(h, "wal_compression"),
                            "work_mem", show(h, "work_mem")));

            assertThat(shown)
                    .containsEntry("fsync", "on")
                    .containsEntry("synchronous_commit", "on")
                    .containsEntry("full_page_writes", "on")
                    .containsEntry("listen_addresses", "localhost")
                    .containsEntry("wal_compression", "pglz")
                    .as("tuned, not the 4 MB default")
                    .containsEntry("work_mem", "16MB");
        } finally {
            EmbeddedServer.declareRole(EmbeddedServer.Role.COMMAND); // RunningServer declared this JVM a server
        }
    }

    private static String show(Handle h, String setting) {
        return h.createQuery("SHOW " + setting).mapTo(String.class).one();
    }
}
