package dev.ltt.server.docs;

import static org.assertj.core.api.Assertions.assertThat;

import dev.ltt.Limits;
import io.swagger.v3.oas.models.OpenAPI;
import io.swagger.v3.oas.models.media.Schema;
import io.swagger.v3.oas.models.parameters.Parameter;
import io.swagger.v3.parser.OpenAPIV3Parser;
import java.io.IOException;
import java.io.InputStream;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

/** The OpenAPI document states the limits the core publishes ({@link Limits}), not numbers of its own. */
class OpenApiLimitsTest {

    @Test
    void the_documented_lengths_and_patterns_are_the_published_limits() throws IOException {
        OpenAPI api = api();
        assertThat(property(api, "SubmissionRequest", "content").getMaxLength()).isEqualTo(Limits.CONTENT);
        assertThat(property(api, "SubmissionRequest", "submission_type").getPattern())
                .isEqualTo(Limits.SUBMISSION_TYPE_PATTERN);
        assertThat(property(api, "OptionalReason", "reason").getMaxLength()).isEqualTo(Limits.REASON);
        assertThat(property(api, "Reason", "reason").getMaxLength()).isEqualTo(Limits.REASON);
        assertThat(property(api, "TextBody", "text").getMaxLength()).isEqualTo(Limits.COMMENT);
        assertThat(property(api, "NoteBody", "text").getMaxLength()).isEqualTo(Limits.NOTE);
        assertThat(property(api, "HelpMessage", "message").getMaxLength()).isEqualTo(Limits.HELP_MESSAGE);
        assertThat(property(api, "AnswerBody", "answer").getMaxLength()).isEqualTo(Limits.HELP_ANSWER);
        assertThat(property(api, "SqlQuery", "query").getMaxLength()).isEqualTo(Limits.SQL_QUERY);
        assertThat(property(api, "ReviewBody", "feedback").getMaxLength()).isEqualTo(Limits.REVIEW_FEEDBACK);
    }

    @Test
    void the_stuck_learners_bounds_are_the_published_limits() throws IOException {
        OpenAPI api = api();
        assertThat(query(api, "/api/v1/projects/{slug}/stuck", "hours").getMaximum())
                .isEqualByComparingTo(BigDecimal.valueOf(Limits.STUCK_HOURS));
        assertThat(query(api, "/api/v1/projects/{slug}/stuck", "failures").getMaximum())
                .isEqualByComparingTo(BigDecimal.valueOf(Limits.STUCK_FAILURES));
    }

    private static OpenAPI api() throws IOException {
        try (InputStream in = OpenApiLimitsTest.class.getResourceAsStream("/openapi/openapi.yaml")) {
            return new OpenAPIV3Parser()
                    .readContents(new String(in.readAllBytes(), StandardCharsets.UTF_8), null, null)
                    .getOpenAPI();
        }
    }

    private static Schema<?> query(OpenAPI api, String path, String name) {
        Parameter parameter = api.getPaths().get(path).getGet().getParameters().stream()
                .filter(p -> name.equals(p.getName()))
                .findFirst()
                .orElse(null);
        assertThat(parameter).as(path + " ?" + name).isNotNull();
        return parameter.getSchema();
    }

    private static Schema<?> property(OpenAPI api, String schema, String property) {
        Schema<?> owner = api.getComponents().getSchemas().get(schema);
        assertThat(owner).as(schema).isNotNull();
        Schema<?> value = owner.getProperties().get(property);
        assertThat(value).as(schema + "." + property).isNotNull();
        return value;
    }
}
