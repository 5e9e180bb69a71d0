package dev.ltt.usecase;

import static dev.ltt.testing.Docs.bytes;
import static dev.ltt.testing.Docs.dependsOn;
import static dev.ltt.testing.Docs.epic;
import static dev.ltt.testing.Docs.json;
import static dev.ltt.testing.Docs.project;
import static dev.ltt.testing.Docs.task;
import static dev.ltt.testing.Docs.with;
import static java.nio.charset.StandardCharsets.UTF_8;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.ltt.Ltt;
import dev.ltt.curriculum.IngestResult;
import dev.ltt.error.ConflictException;
import dev.ltt.json.Json;
import dev.ltt.testing.Fixtures;
import dev.ltt.testing.Rejection;
import dev.ltt.testing.TemplateFingerprint;
import dev.ltt.testing.TestDatabase;
import java.util.Map;
import java.util.TreeMap;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** Ingestion is one transaction: a refused, conflicting or repeated document leaves the tables exactly as they were. */
class AtomicIngestTest {
    static Ltt ltt;

    @BeforeAll
    static void open() {
        ltt = new Ltt(TestDatabase.fresh());
        ltt.use().ingestCurriculum.ingest(Fixtures.curriculum(Fixtures.PYTHON), false);
    }

    @AfterAll
    static void close() {
        ltt.close();
    }

    @Test
    void a_refused_document_leaves_every_template_table_byte_for_byte_as_it_was() {
        Map<String, String> before = fingerprint();
        assertThat(before.get("tasks")).startsWith("26:");

        Rejection.of(
                ltt,
                project(
                        "half-good",
                        1,
                        with(
                                epic("Fine epic", task("Fine task")),
                                "learning_objectives",
                                json("[{'level': 'apply', 'description': 'would be stored'}]")),
                        dependsOn(epic("Broken epic"), "Nothing by this name")));

        assertThat(fingerprint()).isEqualTo(before);
    }

    @Test
    void a_failure_halfway_through_the_inserts_rolls_back_the_rows_already_written() {
        Map<String, String> before = fingerprint();
        // a real trigger makes the last insert of the ingest (its dependencies) fail inside the transaction
        ltt.database().jdbi().useHandle(h -> h.execute("""
                CREATE FUNCTION refuse_dependency() RETURNS trigger LANGUAGE plpgsql AS
                $$ BEGIN RAISE EXCEPTION 'refused by the test'; END $$;
                CREATE TRIGGER refuse_dependency BEFORE INSERT ON dependencies
                FOR EACH ROW WHEN (NEW.task_id LIKE 'midway@%') EXECUTE FUNCTION refuse_dependency();
                """));
        try {
            ObjectNode doc = project(
                    "midway",
                    1,
                    with(
                            epic("First", task("One")),
                            "learning_objectives",
                            json("[{'level': 'apply', 'description': 'objective'}]")),
                    dependsOn(epic("Second"), "First"));

            assertThatThrownBy(() -> ltt.use().ingestCurriculum.ingest(bytes(doc), false))
                    .hasMessageContaining("refused by the test");
            assertThat(fingerprint()).isEqualTo(before);
        } finally {
            ltt.database()
                    .jdbi()
                    .useHandle(h -> h.execute(
                            "DROP TRIGGER refuse_dependency ON dependencies; DROP FUNCTION refuse_dependency()"));
        }
    }

    @Test
    void different_content_under_an_existing_slug_and_version_is_a_conflict_that_changes_nothing() {
        ObjectNode changed = (ObjectNode) Json.parse(new String(Fixtures.curriculum(Fixtures.PYTHON), UTF_8));
        changed.put("description", "A quietly edited description");
        Map<String, String> before = fingerprint();

        assertThatThrownBy(() -> ltt.use().ingestCurriculum.ingest(bytes(changed), false))
                .isInstanceOf(ConflictException.class)
                .hasMessageContaining("python-fundamentals version 1 already exists", "raise \"version\"");
        assertThat(fingerprint()).isEqualTo(before);
    }

    @Test
    void the_same_document_again_returns_the_existing_version_and_adds_no_rows() {
        Map<String, String> before = fingerprint();

        IngestResult again = ltt.use().ingestCurriculum.ingest(Fixtures.curriculum(Fixtures.PYTHON), false);

        assertThat(again.created()).isFalse();
        assertThat(again)
                .extracting(IngestResult::projectId, IngestResult::version, IngestResult::taskCount)
                .containsExactly("python-fundamentals", 1, 26);
        assertThat(fingerprint()).isEqualTo(before);
    }

    @Test
    void the_same_document_with_other_key_order_and_whitespace_is_still_the_same_document() {
        String reordered = Json.writePretty(Json.MAPPER.convertValue(
                Json.parse(new String(Fixtures.curriculum(Fixtures.PYTHON), UTF_8)), TreeMap.class));
        Map<String, String> before = fingerprint();

        assertThat(ltt.use()
                        .ingestCurriculum
                        .ingest(Json.utf8(reordered), false)
                        .created())
                .isFalse();
        assertThat(fingerprint()).isEqualTo(before);
    }

    @Test
    void a_dry_run_of_a_new_document_reports_what_it_would_store_and_stores_nothing() {
        Map<String, String> before = fingerprint();

        IngestResult dry =
                ltt.use().ingestCurriculum.ingest(bytes(project("dry", 1, epic("Epic", task("Task")))), true);

        assertThat(dry)
                .extracting(IngestResult::created, IngestResult::dryRun, IngestResult::taskCount)
                .containsExactly(false, true, 3);
        assertThat(fingerprint()).isEqualTo(before);
    }

    private static Map<String, String> fingerprint() {
        return TemplateFingerprint.of(ltt.database().jdbi());
    }
}
