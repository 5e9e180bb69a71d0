package dev.ltt.validation;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.ltt.json.Json;
import dev.ltt.testing.Fixtures;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class BuiltInValidatorsTest {
    @Test
    void every_documented_type_is_built_in() {
        assertThat(Validators.all(SqlDatasets.none()))
                .extracting(Validator::type)
                .containsExactly(
                        "non_empty",
                        "regex",
                        "exact",
                        "normalized_text",
                        "numeric",
                        "one_of",
                        "python_output",
                        "sql_result");
    }

    @Test
    void every_spec_in_the_real_curricula_names_a_built_in_validator() {
        List<String> types =
                Validators.all(SqlDatasets.none()).stream().map(Validator::type).toList();
        for (String slug : List.of(Fixtures.MAJI_NDOGO, Fixtures.PYTHON)) {
            List<ObjectNode> extras = new ArrayList<>();
            collect(Json.parse(new String(Fixtures.curriculum(slug), StandardCharsets.UTF_8)), extras);
            for (ObjectNode extra : extras) {
                ValidatorRegistry.specs(extra)
                        .forEach(spec ->
                                assertThat(types).contains(spec.path("type").asText()));
            }
        }
    }

    @Test
    void the_registry_combines_several_validators_and_averages_their_grades() {
        ObjectNode extra = (ObjectNode) Json.parse("{\"validators\": [{\"type\": \"numeric\", \"expected\": 42}, "
                + "{\"type\": \"regex\", \"pattern\": \"^4\"}]}");
        Verdict verdict = Validators.builtIn(SqlDatasets.none()).validate(extra, Given.answer("41"));
        assertThat(verdict.passed()).isFalse();
        assertThat(verdict.grade()).isEqualTo(0.5);
        assertThat(verdict.validator()).isEqualTo("numeric+regex");
    }

    private static void collect(JsonNode node, List<ObjectNode> extras) {
        if (node.isObject() && (node.has("checks") || node.has("validation"))) extras.add((ObjectNode) node);
        node.forEach(child -> collect(child, extras));
    }
}
