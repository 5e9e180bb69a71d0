package dev.ltt.cli;

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

/** Every error kind ends the command with its own documented exit code. */
class ErrorKindExitCodeTest {

    @Test
    void every_error_kind_maps_to_a_specific_exit_code() {
        Map<Kind, Integer> codes = new EnumMap<>(Map.of(
                Kind.INVALID_INPUT,
                3,
                Kind.NOT_FOUND,
                4,
                Kind.CONFLICT,
                5,
                Kind.INVALID_STATE,
                6,
                Kind.BLOCKED,
                6,
                Kind.FORBIDDEN,
                7,
                Kind.UNAVAILABLE,
                8,
                Kind.UNAUTHENTICATED,
                9));
        for (Kind kind : Kind.values()) {
            assertThat(ErrorReporter.exitCode(example(kind)))
                    .as(kind.name())
                    .isEqualTo(codes.get(kind))
                    .isNotIn(0, ErrorReporter.INTERNAL, ErrorReporter.USAGE);
        }
        assertThat(codes).hasSize(Kind.values().length);
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
