package dev.ltt.people;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.HashMap;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** A token's last use is recorded once in each of its minutes; tokens' minutes begin at different seconds. */
class TokenUseMinutesTest {
    private static final Instant START = Instant.parse("2026-12-01T10:00:00Z");

    @Test
    void a_tokens_minute_is_sixty_seconds_long() {
        for (long token : new long[] {1, 17, 59, 60, 12_345}) {
            int changes = 0;
            for (int s = 1; s <= 600; s++) {
                if (TokenCache.minuteOf(token, START.plusSeconds(s))
                        != TokenCache.minuteOf(token, START.plusSeconds(s - 1))) changes++;
            }
            assertThat(changes).as("token %d over ten minutes", token).isEqualTo(10);
        }
    }

    @Test
    void sixty_consecutive_tokens_come_due_in_sixty_different_seconds() {
        Map<Integer, Integer> dueBySecond = new HashMap<>();
        for (long token = 1000; token < 1060; token++) {
            for (int s = 1; s <= 60; s++) {
                if (TokenCache.minuteOf(token, START.plusSeconds(s))
                        != TokenCache.minuteOf(token, START.plusSeconds(s - 1))) dueBySecond.merge(s, 1, Integer::sum);
            }
        }
        assertThat(dueBySecond)
                .hasSize(60)
                .allSatisfy((second, tokens) -> assertThat(tokens).isEqualTo(1));
    }
}
