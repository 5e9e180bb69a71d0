package dev.ltt.template;

import static dev.ltt.testing.Docs.dependsOn;
import static dev.ltt.testing.Docs.epic;
import static dev.ltt.testing.Docs.json;
import static dev.ltt.testing.Docs.project;
import static dev.ltt.testing.Docs.task;
import static dev.ltt.testing.Docs.with;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.ltt.Ltt;
import dev.ltt.error.FieldError;
import dev.ltt.error.InvalidInputException;
import dev.ltt.json.Json;
import dev.ltt.testing.Rejection;
import dev.ltt.testing.TestDatabase;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** Every problem of a document is reported at once, each at its own JSON path, with a fix in the message. */
class ErrorReportingTest {
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
    void a_document_with_ten_distinct_errors_reports_all_ten_each_at_its_path() {
        ObjectNode untitled = Json.object().put("description", "no title here");
        ObjectNode doc = project(
                "ten-errors",
                1,
                with(
                        with(
                                with(epic("x".repeat(301)), "priority", "high"),
                                "learning_objectives",
                                json("[{'level': 'memorize', 'description': 'recall it'}]")),
                        "x_note",
                        "unknown keys are fine"),
                with(epic("Wrong key epic"), "subtasks", json("[{'title': 'Stray'}]")),
                epic(
                        "Tasks epic",
                        dependsOn(task("Dangling"), "Nowhere to be found"),
                        dependsOn(task("Self"), "Self"),
                        dependsOn(task("Child"), "Tasks epic")),
                with(dependsOn(epic("Ambiguity"), "Twin"), "estimated_minutes", -5),
                epic("Twins", task("Twin"), task("Twin"), untitled));

        InvalidInputException e = Rejection.of(ltt, doc);

        assertThat(Rejection.paths(e))
                .containsExactlyInAnyOrder(
                        "epics[0].title",
                        "epics[0].priority",
                        "epics[0].learning_objectives[0].level",
                        "epics[1].subtasks",
                        "epics[2].tasks[0].dependencies[0]",
                        "epics[2].tasks[1].dependencies[0]",
                        "epics[2].tasks[2].dependencies[0]",
                        "epics[3].dependencies[0]",
                        "epics[3].estimated_minutes",
                        "epics[4].tasks[2].title");
        assertThat(e.getMessage()).contains("10 problems", "nothing was stored");
        assertThat(e.errors())
                .extracting(FieldError::message)
                .allSatisfy(m -> assertThat(m).isNotBlank().doesNotContain("Exception", "\tat "));
    }

    @Test
    void each_message_says_what_is_wrong_at_its_path() {
        ObjectNode doc = project(
                "messages",
                1,
                with(epic("Epic"), "subtasks", json("[]")),
                dependsOn(epic("Later"), "Nowhere"),
                with(epic("Untyped"), "priority", "high"));

        var messages = Rejection.byPath(Rejection.of(ltt, doc));

        assertThat(messages).containsOnlyKeys("epics[0].subtasks", "epics[1].dependencies[0]", "epics[2].priority");
        assertThat(messages.get("epics[0].subtasks")).contains("\"tasks\"", "not \"subtasks\"");
        assertThat(messages.get("epics[1].dependencies[0]")).contains("no node is titled \"Nowhere\"");
        assertThat(messages.get("epics[2].priority")).contains("integer");
    }

    @Test
    void a_field_of_the_wrong_type_is_refused_at_the_project_as_at_any_node() {
        String[][] wrong = {
            {"description", "true"},
            {"content", "1"},
            {"acceptance_criteria", "[]"},
            {"priority", "'high'"},
            {"estimated_minutes", "'an hour'"},
            {"subtask_type", "3"},
            {"requires_submission", "'yes'"},
            {"tutor_guidance", "'be kind'"},
            {"learning_objectives", "'none'"}
        };
        ObjectNode doc = project("wrong-types", 1, epic("Epic"));
        ObjectNode epic = (ObjectNode) doc.get("epics").get(0);
        for (String[] field : wrong) {
            with(doc, field[0], json(field[1]));
            with(epic, field[0], json(field[1]));
        }

        var paths = Rejection.paths(Rejection.of(ltt, doc));

        for (String[] field : wrong) assertThat(paths).contains(field[0], "epics[0]." + field[0]);
    }

    @Test
    void a_document_that_is_not_json_is_refused_at_the_root_with_the_line() {
        var e = catchThrowableOfType(
                InvalidInputException.class,
                () -> ltt.use()
                        .ingestCurriculum
                        .ingest(Json.utf8("{\n  \"title\": \"Broken\",\n  \"epics\": [\n}"), false));

        assertThat(e.errors()).singleElement().satisfies(error -> {
            assertThat(error.path()).isEqualTo("$");
            assertThat(error.message()).contains("not valid JSON", "line 4");
        });
    }

    @Test
    void a_project_that_depends_on_something_is_refused_at_its_dependencies() {
        ObjectNode doc = dependsOn(project("needy", 1, epic("Only epic")), "Only epic");

        assertThat(Rejection.paths(Rejection.of(ltt, doc))).contains("dependencies");
    }
}
