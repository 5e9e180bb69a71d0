package dev.ltt.usecase;

import static dev.ltt.testing.Docs.bytes;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.ltt.Ltt;
import dev.ltt.curriculum.IngestResult;
import dev.ltt.json.Json;
import dev.ltt.testing.Fixtures;
import dev.ltt.testing.StoredTree;
import dev.ltt.testing.TestDatabase;
import java.nio.charset.StandardCharsets;
import java.util.OptionalInt;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

/** Both real curricula survive ingest, export and re-ingest under a new version as the same tree. */
class ExportRoundTripTest {
    static Ltt ltt;

    @BeforeAll
    static void open() {
        ltt = new Ltt(TestDatabase.fresh());
    }

    @AfterAll
    static void close() {
        ltt.close();
    }

    @ParameterizedTest
    @ValueSource(strings = {Fixtures.MAJI_NDOGO, Fixtures.PYTHON})
    void export_of_an_ingested_fixture_equals_the_fixture_as_json(String slug) {
        JsonNode original = Json.parse(new String(Fixtures.curriculum(slug), StandardCharsets.UTF_8));
        int version = original.get("version").intValue();
        ltt.use().ingestCurriculum.ingest(Fixtures.curriculum(slug), false);

        assertThat(ltt.use().exportCurriculum.export(slug, OptionalInt.of(version)))
                .isEqualTo(original);
    }

    @ParameterizedTest
    @CsvSource({Fixtures.MAJI_NDOGO + ", 31, 64", Fixtures.PYTHON + ", 0, 11"})
    void the_export_ingested_as_a_higher_version_stores_the_same_tree(String slug, int dependencies, int objectives) {
        int version = ltt.use()
                .ingestCurriculum
                .ingest(Fixtures.curriculum(slug), false)
                .version();
        ObjectNode exported = ltt.use().exportCurriculum.export(slug, OptionalInt.of(version));
        int bumped = version + 100;
        exported.put("version", bumped);

        IngestResult again = ltt.use().ingestCurriculum.ingest(bytes(exported), false);

        assertThat(again.created()).isTrue();
        StoredTree first = StoredTree.load(ltt, slug, version);
        StoredTree second = StoredTree.load(ltt, slug, bumped);
        assertThat(second.project()).isEqualTo(first.project());
        assertThat(second.nodes()).hasSize(again.taskCount()).containsExactlyElementsOf(first.nodes());
        assertThat(second.dependencies()).hasSize(dependencies).containsExactlyElementsOf(first.dependencies());
        assertThat(second.objectives()).hasSize(objectives).containsExactlyElementsOf(first.objectives());
        assertThat(second).isEqualTo(first);
    }

    @ParameterizedTest
    @ValueSource(strings = {Fixtures.MAJI_NDOGO, Fixtures.PYTHON})
    void exporting_the_new_version_gives_the_first_export_again(String slug) {
        int version = ltt.use()
                .ingestCurriculum
                .ingest(Fixtures.curriculum(slug), false)
                .version();
        ObjectNode first = ltt.use().exportCurriculum.export(slug, OptionalInt.of(version));
        ObjectNode bumped = first.deepCopy().put("version", version + 200);
        ltt.use().ingestCurriculum.ingest(bytes(bumped), false);

        assertThat(ltt.use().exportCurriculum.export(slug, OptionalInt.of(version + 200)))
                .isEqualTo(bumped);
    }
}
