package dev.ltt.server.tools;

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

/** Every error kind has its own code in a tool's error result (MCP and the tool routes). */
class ErrorKindToolCodeTest {

    @Test
    void every_error_kind_maps_to_a_specific_tool_error_code() {
        Map<Kind, String> codes = new EnumMap<>(Kind.class);
        for (Kind kind : Kind.values()) {
            ToolResult result = ToolResult.failure(example(kind));
            assertThat(result.isError()).isTrue();
            assertThat(result.code()).as(kind.name()).isEqualTo(kind.name());
            assertThat(result.text()).startsWith(kind.name() + ": ");
            codes.put(kind, result.code());
        }
        assertThat(codes.values()).doesNotHaveDuplicates().hasSize(Kind.values().length);
        assertThat(ToolResult.failure(example(Kind.BLOCKED))
                        .structuredContent()
                        .path("blocked_by")
                        .get(0)
                        .asText())
                .isEqualTo("p@v1.1");
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
