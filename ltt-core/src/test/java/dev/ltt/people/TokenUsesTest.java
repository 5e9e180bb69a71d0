package dev.ltt.people;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import dev.ltt.Ltt;
import dev.ltt.testing.TestDatabase;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import org.jdbi.v3.core.statement.SqlLogger;
import org.jdbi.v3.core.statement.StatementContext;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** A token's last use is noted by the request and written in the background, never on the request's path. */
class TokenUsesTest {
    static Ltt ltt;

    @BeforeAll
    static void open() {
        ltt = new Ltt(TestDatabase.fresh());
        ltt.use().createLearner.create(new CreateLearner.Command("ada", null, null));
    }

    @AfterAll
    static void close() {
        ltt.close();
    }

    @Test
    void authenticating_writes_nothing_and_the_last_use_arrives_from_the_background_writer() {
        IssueToken.NewToken token = ltt.use().issueToken.issueForLearner("ada", null);
        long usesBefore = uses();
        List<String> onThisThread = new CopyOnWriteArrayList<>();
        Thread caller = Thread.currentThread();
        ltt.database().jdbi().setSqlLogger(new SqlLogger() {
            @Override
            public void logAfterExecution(StatementContext context) {
                if (Thread.currentThread() == caller) onThisThread.add(context.getRenderedSql());
            }
        });
        try {
            assertThat(ltt.use().authenticate.principal(token.token())).isPresent();
        } finally {
            ltt.database().jdbi().setSqlLogger(SqlLogger.NOP_SQL_LOGGER);
        }

        assertThat(onThisThread).noneMatch(sql -> sql.contains("api_token_uses"));
        await().atMost(Duration.ofSeconds(10)).until(() -> uses() == usesBefore + 1);
    }

    @Test
    void a_listing_shows_this_servers_pending_uses_at_once() {
        IssueToken.NewToken token = ltt.use().issueToken.issueForLearner("ada", null);
        ltt.use().authenticate.principal(token.token());

        assertThat(ltt.use().listTokens.ofLearner("ada", 10, 0).stream()
                        .filter(t -> t.id() == token.id())
                        .findFirst()
                        .orElseThrow()
                        .lastUsedAt())
                .isNotNull();
    }

    private static long uses() {
        return ltt.database()
                .jdbi()
                .withHandle(h -> h.createQuery("SELECT count(*) FROM api_token_uses")
                        .mapTo(Long.class)
                        .one());
    }
}
