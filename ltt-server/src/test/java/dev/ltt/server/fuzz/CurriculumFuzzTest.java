package dev.ltt.server.fuzz;

import static dev.ltt.server.testing.TestServer.ADMIN_TOKEN;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.ltt.json.Json;
import dev.ltt.server.testing.Http;
import dev.ltt.server.testing.TestServer;
import dev.ltt.testing.Fixtures;
import dev.ltt.testing.InstanceRows;
import dev.ltt.testing.PropertyCheck;
import dev.ltt.testing.TemplateFingerprint;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * 1,000 seeded random corruptions of the two bundled curricula, posted to {@code POST /api/v1/projects}: each
 * is refused with a 4xx whose problem names at least one path, never a 5xx, and nothing is written.
 * The seed is fixed (override with {@code -Dltt.seed}; the number of tries with {@code -Dltt.fuzz.tries}).
 */
class CurriculumFuzzTest {
    static final long SEED = 20261201L;
    static final int TRIES = Integer.getInteger("ltt.fuzz.tries", 1000);
    static TestServer server;
    static List<ObjectNode> fixtures;
    static final Map<FixtureCorruption.Kind, Integer> tried = new EnumMap<>(FixtureCorruption.Kind.class);

    @BeforeAll
    static void start() {
        server = TestServer.start();
        fixtures = List.of(
                (ObjectNode) Json.parse(
                        new String(Fixtures.curriculum(Fixtures.MAJI_NDOGO), java.nio.charset.StandardCharsets.UTF_8)),
                (ObjectNode) Json.parse(
                        new String(Fixtures.curriculum(Fixtures.PYTHON), java.nio.charset.StandardCharsets.UTF_8)));
    }

    @AfterAll
    static void stop() {
        server.close();
        System.out.println("curriculum fuzz: " + tried);
    }

    static Map<String, Object> state() {
        Map<String, Object> state =
                new LinkedHashMap<>(InstanceRows.count(server.ltt.database().jdbi()));
        state.putAll(TemplateFingerprint.of(server.ltt.database().jdbi()));
        return state;
    }

    @Test
    void every_corrupted_curriculum_is_refused_with_a_4xx_naming_a_path_and_nothing_is_written() {
        Map<String, Object> before = state();

        PropertyCheck.forAll(SEED, TRIES, d -> {
            FixtureCorruption corruption = FixtureCorruption.of(d.oneOf(fixtures), d);
            tried.merge(corruption.kind, 1, Integer::sum);
            Http.Response r = server.http.post("/api/v1/projects", ADMIN_TOKEN, corruption.document);
            assertThat(r.status()).as(corruption.describe() + ": " + r.text()).isBetween(400, 499);
            JsonNode errors = r.json() == null ? null : r.json().get("errors");
            assertThat(errors)
                    .as(corruption.describe() + ": " + r.text())
                    .isNotNull()
                    .isNotEmpty();
            assertThat(errors.findValuesAsText("path"))
                    .as(corruption.describe())
                    .isNotEmpty()
                    .doesNotContain("");
        });

        assertThat(state()).as("tables after " + TRIES + " refused documents").isEqualTo(before);
        assertThat(tried.keySet()).containsExactlyInAnyOrder(FixtureCorruption.Kind.values());
    }
}
