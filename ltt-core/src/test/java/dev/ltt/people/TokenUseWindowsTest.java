package dev.ltt.people;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.HashMap;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** A token's last use is recorded once in each of its windows; tokens' windows begin at different seconds. */
class TokenUseWindowsTest {
    private static final Instant START = Instant.parse("2026-12-01T10:00:00Z");
    private static final int WINDOW = TokenCache.USE_WINDOW_SECONDS;

    @Test
    void a_tokens_window_is_five_minutes_long() {
        assertThat(WINDOW).isEqualTo(300);
        for (long token : new long[] {1, 17, 299, 300, 12_345}) {
            int changes = 0;
            for (int s = 1; s <= 10 * WINDOW; s++) {
                if (rolls(token, s)) changes++;
            }
            assertThat(changes).as("token %d over ten windows", token).isEqualTo(10);
        }
    }

    @Test
    void a_windows_worth_of_consecutive_tokens_come_due_in_as_many_different_seconds() {
        Map<Integer, Integer> dueBySecond = new HashMap<>();
        for (long token = 1000; token < 1000 + WINDOW; token++) {
            for (int s = 1; s <= WINDOW; s++) {
                if (rolls(token, s)) dueBySecond.merge(s, 1, Integer::sum);
            }
        }
        assertThat(dueBySecond)
                .hasSize(WINDOW)
                .allSatisfy((second, tokens) -> assertThat(tokens).isEqualTo(1));
    }

    private static boolean rolls(long token, int second) {
        return TokenCache.windowOf(token, START.plusSeconds(second))
                != TokenCache.windowOf(token, START.plusSeconds(second - 1));
    }
}
