package dev.ltt.testing;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import com.fasterxml.jackson.databind.JsonNode;
import dev.ltt.Ltt;
import dev.ltt.error.FieldError;
import dev.ltt.error.InvalidInputException;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

/** Ingests a document that must be refused and gives back the problems, checking that nothing was stored. */
public final class Rejection {
    private Rejection() {}

    public static InvalidInputException of(Ltt ltt, JsonNode doc) {
        return of(ltt, Docs.bytes(doc));
    }

    public static InvalidInputException of(Ltt ltt, byte[] document) {
        Map<String, String> before = TemplateFingerprint.of(ltt.database().jdbi());
        InvalidInputException e = catchThrowableOfType(
                InvalidInputException.class, () -> ltt.use().ingestCurriculum.ingest(document, false));
        assertThat(e).as("the exception").isNotNull();
        assertThat(e.errors()).isNotEmpty();
        assertThat(TemplateFingerprint.of(ltt.database().jdbi()))
                .as("the template tables")
                .isEqualTo(before);
        return e;
    }

    /** The problems by path (one message per path). */
    public static Map<String, String> byPath(InvalidInputException e) {
        return e.errors().stream()
                .collect(Collectors.toMap(FieldError::path, FieldError::message, (a, b) -> a + " | " + b));
    }

    public static List<String> paths(InvalidInputException e) {
        return e.errors().stream().map(FieldError::path).toList();
    }
}
