package dev.ltt.server.web;

import static org.assertj.core.api.Assertions.assertThat;

import dev.ltt.error.BlockedException;
import dev.ltt.error.ConflictException;
import dev.ltt.error.ForbiddenException;
import dev.ltt.error.InvalidInputException;
import dev.ltt.error.InvalidStateException;
import dev.ltt.error.Kind;
import dev.ltt.error.LttException;
import dev.ltt.error.NotFoundException;
import dev.ltt.error.UnauthenticatedException;
import dev.ltt.error.UnavailableException;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** Every error kind becomes a page with its own status in the web UI (or a trip to the sign-in form). */
class ErrorKindPageTest {

    @Test
    void every_error_kind_maps_to_a_specific_page_status() {
        Map<Kind, Integer> statuses = new EnumMap<>(Map.of(
                Kind.INVALID_INPUT,
                409,
                Kind.NOT_FOUND,
                404,
                Kind.CONFLICT,
                409,
                Kind.INVALID_STATE,
                409,
                Kind.BLOCKED,
                409,
                Kind.FORBIDDEN,
                403,
                Kind.UNAUTHENTICATED,
                303,
                Kind.UNAVAILABLE,
                503));
        for (Kind kind : Kind.values()) {
            Frame.Failure failure = Frame.failure(example(kind));
            assertThat(failure.status()).as(kind.name()).isEqualTo(statuses.get(kind));
            assertThat(failure.heading()).isNotBlank();
            assertThat(failure.message()).isNotBlank().doesNotContain("Exception");
        }
        assertThat(statuses).hasSize(Kind.values().length);
    }

    /** One error of each kind, as a use-case would throw it (exhaustive: a new kind must be added here too). */
    static LttException example(Kind kind) {
        return switch (kind) {
            case INVALID_INPUT -> new InvalidInputException("content", "content is required");
            case NOT_FOUND -> new NotFoundException("no such task");
            case CONFLICT -> new ConflictException("taken");
            case INVALID_STATE -> new InvalidStateException("already closed");
            case BLOCKED -> new BlockedException("blocked", List.of("p@v1.1"));
            case FORBIDDEN -> new ForbiddenException("not yours");
            case UNAUTHENTICATED -> new UnauthenticatedException("no token");
            case UNAVAILABLE -> new UnavailableException("the database is unreachable");
        };
    }
}
