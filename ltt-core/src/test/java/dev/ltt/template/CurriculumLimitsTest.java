package dev.ltt.template;

import static dev.ltt.testing.Docs.bytes;
import static dev.ltt.testing.Docs.epic;
import static dev.ltt.testing.Docs.json;
import static dev.ltt.testing.Docs.project;
import static dev.ltt.testing.Docs.task;
import static dev.ltt.testing.Docs.with;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.ltt.Ltt;
import dev.ltt.error.InvalidInputException;
import dev.ltt.json.Json;
import dev.ltt.testing.Rejection;
import dev.ltt.testing.TestDatabase;
import java.util.Arrays;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** Documents beyond the limits (depth, lengths, types, sizes) are refused with a clear error at the right path. */
class CurriculumLimitsTest {
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
    void a_tree_ten_levels_deep_is_accepted_and_eleven_is_refused_at_the_deepest_node() {
        assertThat(ltt.use()
                        .ingestCurriculum
                        .ingest(bytes(project("deep-10", 1, epic("Level 1", nested(2, 10)))), false)
                        .taskCount())
                .isEqualTo(11);

        InvalidInputException e = Rejection.of(ltt, project("deep-11", 1, epic("Level 1", nested(2, 11))));

        String deepest = "epics[0].tasks[0]" + ".subtasks[0]".repeat(9);
        assertThat(Rejection.byPath(e)).containsOnlyKeys(deepest);
        assertThat(e.errors().get(0).message()).contains("11 levels deep", "limit is 10", "flatten");
    }

    @Test
    void a_title_of_301_characters_is_refused_at_that_title() {
        ObjectNode doc = project("long-title", 1, epic("Epic", task("t".repeat(300)), task("T".repeat(301))));

        Map<String, String> problems = Rejection.byPath(Rejection.of(ltt, doc));

        assertThat(problems).containsOnlyKeys("epics[0].tasks[1].title");
        assertThat(problems.get("epics[0].tasks[1].title")).contains("300");
    }

    @Test
    void a_blank_title_is_refused_with_a_hint() {
        Map<String, String> problems = Rejection.byPath(Rejection.of(ltt, project("blank", 1, epic("   "))));

        assertThat(problems).containsOnlyKeys("epics[0].title");
        assertThat(problems.get("epics[0].title")).contains("visible character");
    }

    @Test
    void a_priority_that_is_not_a_whole_number_from_0_to_4_is_refused_at_the_priority() {
        ObjectNode doc = project(
                "priority",
                1,
                with(epic("Text"), "priority", "high"),
                with(epic("Too low"), "priority", 5),
                with(epic("Fraction"), "priority", 1.5));

        Map<String, String> problems = Rejection.byPath(Rejection.of(ltt, doc));

        assertThat(problems).containsOnlyKeys("epics[0].priority", "epics[1].priority", "epics[2].priority");
        assertThat(problems.get("epics[0].priority")).contains("string", "integer");
        assertThat(problems.get("epics[1].priority")).contains("4");
    }

    @Test
    void an_unknown_bloom_level_is_refused_at_the_level_listing_the_valid_ones() {
        ObjectNode doc = project(
                "bloom",
                1,
                epic(
                        "Epic",
                        with(
                                task("Task"),
                                "learning_objectives",
                                json(
                                        "[{'level': 'apply', 'description': 'fine'}, {'level': 'memorize', 'description': 'not a level'}]"))));

        Map<String, String> problems = Rejection.byPath(Rejection.of(ltt, doc));

        assertThat(problems).containsOnlyKeys("epics[0].tasks[0].learning_objectives[1].level");
        assertThat(problems.get("epics[0].tasks[0].learning_objectives[1].level"))
                .contains("remember", "understand", "apply", "analyze", "evaluate", "create");
    }

    @Test
    void children_under_the_wrong_key_are_refused_naming_the_right_key() {
        ObjectNode doc = with(
                project(
                        "wrong-keys",
                        1,
                        with(epic("Epic with subtasks"), "subtasks", json("[{'title': 'Stray'}]")),
                        epic("Epic", with(task("Task with tasks"), "tasks", json("[{'title': 'Lost'}]")))),
                "tasks",
                json("[{'title': 'Orphan'}]"));

        Map<String, String> problems = Rejection.byPath(Rejection.of(ltt, doc));

        assertThat(problems).containsOnlyKeys("tasks", "epics[0].subtasks", "epics[1].tasks[0].tasks");
        assertThat(problems.get("tasks")).contains("\"epics\", not \"tasks\"");
        assertThat(problems.get("epics[0].subtasks")).contains("\"tasks\", not \"subtasks\"");
        assertThat(problems.get("epics[1].tasks[0].tasks")).contains("\"subtasks\", not \"tasks\"");
    }

    @Test
    void a_description_over_100000_characters_is_refused_at_the_description() {
        ObjectNode doc = project("long-text", 1, with(epic("Epic"), "description", "d".repeat(100_001)));

        assertThat(Rejection.paths(Rejection.of(ltt, doc))).containsExactly("epics[0].description");
    }

    @Test
    void text_postgres_cannot_store_is_refused_at_its_path_instead_of_failing_in_the_database() {
        ObjectNode doc = project(
                "unstorable",
                1,
                epic("Nul\u0000title"),
                with(epic("Epic"), "x_custom", json("{'note': 'ok'}")),
                with(epic("Surrogate"), "description", "half a pair: SURROGATE."));
        ((ObjectNode) doc.get("epics").get(1).get("x_custom")).put("bad\u0000key", 1);
        // only a JSON escape can carry half a surrogate pair into the parsed document
        byte[] document = Json.utf8(Json.write(doc).replace("SURROGATE", "\\ud83d"));

        Map<String, String> problems = Rejection.byPath(Rejection.of(ltt, document));

        assertThat(problems)
                .containsOnlyKeys("epics[0].title", "epics[1].x_custom.bad\u0000key", "epics[2].description");
        assertThat(problems.get("epics[0].title")).contains("NUL");
        assertThat(problems.get("epics[2].description")).contains("surrogate");
    }

    @Test
    void a_document_over_16_mib_is_refused_before_it_is_parsed() {
        byte[] huge = new byte[CurriculumLimits.MAX_DOCUMENT_BYTES + 1];
        Arrays.fill(huge, (byte) ' ');

        var e = catchThrowableOfType(
                InvalidInputException.class, () -> ltt.use().ingestCurriculum.ingest(huge, false));

        assertThat(e.errors()).singleElement().satisfies(error -> {
            assertThat(error.path()).isEqualTo("$");
            assertThat(error.message()).contains("limit is " + CurriculumLimits.MAX_DOCUMENT_BYTES, "split");
        });
    }

    @Test
    void a_document_with_more_than_50000_nodes_is_refused_at_the_root() {
        ObjectNode doc = project("crowded", 1);
        ArrayNode epics = doc.putArray("epics");
        for (int e = 0; e < 50; e++) {
            ArrayNode tasks = epics.addObject().put("title", "Epic " + e).putArray("tasks");
            for (int t = 0; t < 1000; t++) tasks.addObject().put("title", "Task " + e + "." + t);
        }

        Map<String, String> problems = Rejection.byPath(Rejection.of(ltt, doc));

        assertThat(problems).containsOnlyKeys("$");
        assertThat(problems.get("$")).contains("limit is " + CurriculumLimits.MAX_NODES);
    }

    /** A task at {@code level} holding subtasks down to {@code deepest}. */
    private static ObjectNode nested(int level, int deepest) {
        ObjectNode node = task("Level " + level);
        if (level < deepest) node.putArray("subtasks").add(nested(level + 1, deepest));
        return node;
    }
}
