package dev.ltt.db;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import dev.ltt.testing.TestDatabase;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** The invalidation channel on a real PostgreSQL: notices travel on commit only, and the listener survives losing its connection. */
class InvalidationsTest {
    static Database database;
    static Invalidations listener;
    static final List<String> received = new CopyOnWriteArrayList<>();
    static final AtomicInteger dropped = new AtomicInteger();

    @BeforeAll
    static void open() {
        database = TestDatabase.fresh();
        listener = Invalidations.listen(database);
        listener.subscribe("test", new Invalidations.Cache() {
            @Override
            public void invalidate(String key) {
                received.add(key);
            }

            @Override
            public void invalidateAll() {
                dropped.incrementAndGet();
            }
        });
    }

    @AfterAll
    static void close() {
        listener.close();
        database.close();
    }

    @Test
    void a_notice_is_delivered_when_its_transaction_commits_and_never_when_it_rolls_back() {
        assertThat(listener.live()).isTrue();
        try {
            database.jdbi().useTransaction(h -> {
                Invalidations.send(h, "test", "rolled-back");
                throw new IllegalStateException("roll back");
            });
        } catch (IllegalStateException expected) {
            // the change and its notice are gone together
        }
        database.jdbi().useTransaction(h -> Invalidations.send(h, "test", "committed"));
        database.jdbi().useTransaction(h -> Invalidations.send(h, "other-topic", "not for this cache"));

        await().atMost(Duration.ofSeconds(1)).until(() -> received.contains("committed"));
        assertThat(received).doesNotContain("rolled-back", "not for this cache");
    }

    @Test
    void the_listener_reconnects_after_its_connection_is_killed_and_drops_every_cache_on_the_way() {
        int before = dropped.get();
        int killed = database.jdbi()
                .withHandle(h -> h.createQuery("""
                SELECT count(pg_terminate_backend(pid)) FROM pg_stat_activity
                WHERE application_name = 'ltt-invalidations' AND datname = current_database()
                """).mapTo(Integer.class).one());
        assertThat(killed).isEqualTo(1);

        // dropped when the loss is noticed, and again once listening anew
        await().atMost(Duration.ofSeconds(10)).until(() -> dropped.get() >= before + 2 && listener.live());
        database.jdbi().useTransaction(h -> Invalidations.send(h, "test", "after the reconnect"));
        await().atMost(Duration.ofSeconds(1)).until(() -> received.contains("after the reconnect"));
    }
}
