package dev.ltt.server.http;

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

/** Every error kind has its own HTTP status and problem code, written into the problem document. */
class ErrorKindStatusTest {

    @Test
    void every_error_kind_maps_to_a_specific_status_and_problem_code() {
        Map<Kind, Integer> statuses = new EnumMap<>(Map.of(
                Kind.INVALID_INPUT,
                422,
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
                401,
                Kind.UNAVAILABLE,
                503));
        for (Kind kind : Kind.values()) {
            Problem problem = Problem.of(example(kind));
            assertThat(problem.status()).as(kind.name()).isEqualTo(statuses.get(kind));
            String code = kind == Kind.UNAUTHENTICATED ? "UNAUTHORIZED" : kind.name();
            assertThat(problem.code()).as(kind.name()).isEqualTo(code);
            assertThat(problem.type())
                    .isEqualTo("urn:ltt:problem:" + code.toLowerCase().replace('_', '-'));
            assertThat(problem.detail()).isEqualTo(example(kind).getMessage());
        }
        assertThat(statuses).hasSize(Kind.values().length);
    }

    @Test
    void details_of_invalid_input_and_blocked_errors_reach_the_problem() {
        assertThat(Problem.of(example(Kind.INVALID_INPUT)).errors())
                .extracting("path")
                .containsExactly("content");
        assertThat(Problem.of(example(Kind.BLOCKED)).blockedBy()).containsExactly("p@v1.1");
        assertThat(Problem.of(example(Kind.NOT_FOUND)).errors()).isNull();
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
