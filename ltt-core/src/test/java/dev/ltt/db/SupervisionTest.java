package dev.ltt.db;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.awaitility.Awaitility.await;

import dev.ltt.error.UnavailableException;
import dev.ltt.testing.ServingDatabase;
import java.nio.file.Path;
import java.time.Duration;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A long-lived process (the role of {@code ltt serve}) supervises its embedded PostgreSQL: killed with SIGKILL,
 * it is started again on the same files and port, calls meanwhile fail fast as UNAVAILABLE, and the same pool
 * serves again afterwards with every committed row still there.
 */
class SupervisionTest {

    @TempDir
    Path dir;

    @Test
    void a_killed_embedded_postgresql_is_started_again_and_the_pool_serves_again_with_every_commit_kept() {
        try (Database db = ServingDatabase.open(dir)) {
            db.jdbi().useHandle(h -> h.execute("CREATE TABLE probe (n int PRIMARY KEY)"));
            for (int n = 1; n <= 50; n++) {
                int value = n;
                db.jdbi().useTransaction(h -> h.execute("INSERT INTO probe VALUES (?)", value));
            }
            long killed = ServingDatabase.postmasterPid(dir);

            ServingDatabase.kill(dir);

            long began = System.nanoTime();
            assertThatThrownBy(() -> count(db))
                    .as("a call while it is down answers UNAVAILABLE")
                    .isInstanceOf(UnavailableException.class);
            assertThat(Duration.ofNanos(System.nanoTime() - began)).isLessThan(Duration.ofSeconds(5));
            await().atMost(Duration.ofSeconds(30))
                    .pollInterval(Duration.ofMillis(200))
                    .ignoreExceptions()
                    .until(() -> count(db) == 50);
            assertThat(ServingDatabase.postmasterPid(dir))
                    .as("a new postmaster")
                    .isNotEqualTo(killed);
            db.jdbi().useTransaction(h -> h.execute("INSERT INTO probe VALUES (51)"));
            assertThat(count(db)).isEqualTo(51);
        }
        assertThat(dir.resolve("pg/postmaster.pid"))
                .as("stopped cleanly at close, not started again")
                .doesNotExist();
    }

    private static long count(Database db) {
        return db.jdbi()
                .withHandle(h -> h.createQuery("SELECT count(*) FROM probe")
                        .mapTo(Long.class)
                        .one());
    }
}
