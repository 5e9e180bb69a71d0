package dev.ltt.usecase;

import static dev.ltt.testing.Docs.bytes;
import static dev.ltt.testing.Docs.dependsOn;
import static dev.ltt.testing.Docs.epic;
import static dev.ltt.testing.Docs.json;
import static dev.ltt.testing.Docs.project;
import static dev.ltt.testing.Docs.task;
import static dev.ltt.testing.Docs.with;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.ltt.Ltt;
import dev.ltt.json.Json;
import dev.ltt.testing.TestDatabase;
import java.util.OptionalInt;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** Keys LTT does not model are kept, at every level, and come back in export exactly as they were written. */
class UnknownKeysTest {
    static Ltt ltt;
    static ObjectNode original;
    static JsonNode exported;

    @BeforeAll
    static void ingestAndExport() {
        ltt = new Ltt(TestDatabase.fresh());
        original = with(
                with(
                        project(
                                "keys",
                                1,
                                with(
                                        with(
                                                epic(
                                                        "SQL epic",
                                                        with(
                                                                task(
                                                                        "Python task",
                                                                        with(
                                                                                with(
                                                                                        task(
                                                                                                "Subtask",
                                                                                                with(
                                                                                                        task(
                                                                                                                "Sub-subtask"),
                                                                                                        "x_custom",
                                                                                                        json(
                                                                                                                "[1, {'deep': true}, 2.5]"))),
                                                                                        "checks",
                                                                                        json(
                                                                                                "[{'query': 'SELECT 1', 'expect': {'row_count': 1}}]")),
                                                                                "x_nothing",
                                                                                null)),
                                                                "validation",
                                                                json(
                                                                        "{'type': 'python_output', "
                                                                                + "'expected': {'output_contains': ['hi'], 'no_errors': true}}"))),
                                                "checks",
                                                json(
                                                        "[{'query': 'UPDATE t SET a = 1', 'expect': {'modifies': true}}]")),
                                        "learning_objectives",
                                        json("[{'level': 'apply', 'description': 'Use it', "
                                                + "'x_weight': 2, 'x_tags': ['core']}]")),
                                with(
                                        with(
                                                with(
                                                        dependsOn(epic("Empty lists epic"), "Python task"),
                                                        "tasks",
                                                        json("[]")),
                                                "learning_objectives",
                                                json("[]")),
                                        "x_empty",
                                        json("{}")),
                                with(epic("No dependencies"), "dependencies", json("[]"))),
                        "x_custom",
                        json("{'owner': 'team', 'tags': ['a', 'b']}")),
                "license",
                "MIT");
        ltt.use().ingestCurriculum.ingest(bytes(original), false);
        exported = ltt.use().exportCurriculum.export("keys", OptionalInt.empty());
    }

    @AfterAll
    static void close() {
        ltt.close();
    }

    @Test
    void unknown_keys_of_the_project_come_back() {
        assertThat(exported.get("x_custom")).isEqualTo(json("{'owner': 'team', 'tags': ['a', 'b']}"));
        assertThat(exported.get("license").textValue()).isEqualTo("MIT");
    }

    @Test
    void checks_and_validation_specs_come_back_at_epic_task_and_subtask_level() {
        JsonNode epic = exported.at("/epics/0");
        assertThat(epic.get("checks")).isEqualTo(original.at("/epics/0/checks"));
        assertThat(epic.at("/tasks/0/validation")).isEqualTo(original.at("/epics/0/tasks/0/validation"));
        assertThat(epic.at("/tasks/0/subtasks/0/checks")).isEqualTo(original.at("/epics/0/tasks/0/subtasks/0/checks"));
    }

    @Test
    void unknown_keys_deep_in_nested_subtasks_come_back_including_nulls() {
        JsonNode subtask = exported.at("/epics/0/tasks/0/subtasks/0");
        assertThat(subtask.has("x_nothing")).isTrue();
        assertThat(subtask.get("x_nothing").isNull()).isTrue();
        assertThat(subtask.at("/subtasks/0/x_custom")).isEqualTo(json("[1, {'deep': true}, 2.5]"));
    }

    @Test
    void unknown_keys_of_a_learning_objective_come_back_on_that_objective() {
        assertThat(exported.at("/epics/0/learning_objectives/0"))
                .isEqualTo(json("{'level': 'apply', 'description': 'Use it', 'x_weight': 2, 'x_tags': ['core']}"));
    }

    @Test
    void empty_lists_and_objects_come_back_as_written() {
        assertThat(exported.at("/epics/1/tasks")).isEqualTo(json("[]"));
        assertThat(exported.at("/epics/1/learning_objectives")).isEqualTo(json("[]"));
        assertThat(exported.at("/epics/1/x_empty")).isEqualTo(json("{}"));
        assertThat(exported.at("/epics/2/dependencies")).isEqualTo(json("[]"));
    }

    @Test
    void the_whole_export_equals_the_document_that_was_ingested() {
        assertThat(exported).isEqualTo(original);
    }

    @Test
    void unknown_keys_are_stored_in_the_template_rows_not_only_echoed() {
        String extra = ltt.database()
                .jdbi()
                .withHandle(h -> h.createQuery("SELECT extra::text FROM tasks WHERE id = 'keys@v1.1.1'")
                        .mapTo(String.class)
                        .one());

        assertThat(Json.parse(extra))
                .isEqualTo(json("{'validation': {'type': 'python_output', "
                        + "'expected': {'output_contains': ['hi'], 'no_errors': true}}}"));
    }
}
