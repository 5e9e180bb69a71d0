package dev.ltt.usecase;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.ltt.Ltt;
import dev.ltt.curriculum.IngestResult;
import dev.ltt.json.Json;
import dev.ltt.testing.Fixtures;
import dev.ltt.testing.TestDatabase;
import java.util.OptionalInt;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

class IngestFixturesTest {
    static Ltt ltt;

    @BeforeAll
    static void open() {
        ltt = new Ltt(TestDatabase.fresh());
    }

    @AfterAll
    static void close() {
        ltt.close();
    }

    @Test
    void both_real_curricula_ingest_unchanged_with_their_published_counts() {
        IngestResult maji = ltt.use().ingestCurriculum.ingest(Fixtures.curriculum(Fixtures.MAJI_NDOGO), false);
        IngestResult python = ltt.use().ingestCurriculum.ingest(Fixtures.curriculum(Fixtures.PYTHON), false);

        assertThat(maji)
                .extracting(
                        IngestResult::projectId,
                        IngestResult::version,
                        IngestResult::taskCount,
                        IngestResult::leafCount,
                        IngestResult::objectiveCount)
                .containsExactly("maji-ndogo-part1-v3", 3, 54, 32, 64);
        assertThat(python)
                .extracting(
                        IngestResult::projectId,
                        IngestResult::version,
                        IngestResult::taskCount,
                        IngestResult::leafCount,
                        IngestResult::objectiveCount)
                .containsExactly("python-fundamentals", 1, 26, 13, 11);
        assertThat(maji.created()).isTrue();
    }

    @Test
    void export_of_a_fixture_ingested_as_a_new_version_gives_the_same_document() throws Exception {
        ltt.use().ingestCurriculum.ingest(Fixtures.curriculum(Fixtures.PYTHON), false);
        ObjectNode exported = ltt.use().exportCurriculum.export(Fixtures.PYTHON, OptionalInt.of(1));
        JsonNode original = Json.MAPPER.readTree(Fixtures.curriculum(Fixtures.PYTHON));
        assertThat(exported).isEqualTo(original);
    }
}
