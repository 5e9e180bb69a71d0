package dev.ltt.usecase;

import static dev.ltt.testing.Docs.epic;
import static dev.ltt.testing.Docs.json;
import static dev.ltt.testing.Docs.project;
import static dev.ltt.testing.Docs.task;
import static dev.ltt.testing.Docs.with;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.ltt.Ltt;
import dev.ltt.discussion.Note;
import dev.ltt.error.FieldError;
import dev.ltt.error.InvalidInputException;
import dev.ltt.people.CreateLearner;
import dev.ltt.testing.InstanceRows;
import dev.ltt.testing.MiniCurriculum;
import dev.ltt.testing.Rejection;
import dev.ltt.testing.TestDatabase;
import dev.ltt.work.SubmitWork;
import dev.ltt.work.TaskStatus;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** The small defects of issue 9, each held by a test: what ingestion refuses, what a submission refuses, notes on close. */
class IngestAndCloseDefectsTest {
    static Ltt ltt;

    @BeforeAll
    static void open() {
        ltt = new Ltt(TestDatabase.fresh());
        ltt.use().ingestCurriculum.ingest(MiniCurriculum.document(), false);
    }

    @AfterAll
    static void close() {
        ltt.close();
    }

    @Test
    void a_bad_bloom_level_is_refused_naming_the_bad_value_and_the_allowed_ones() {
        ObjectNode doc = project(
                "bloom-value",
                1,
                epic(
                        "Epic",
                        with(
                                task("Task"),
                                "learning_objectives",
                                json("[{'level': 'memorize', 'description': 'recall'}]"))));

        String message = Rejection.byPath(Rejection.of(ltt, doc)).get("epics[0].tasks[0].learning_objectives[0].level");

        assertThat(message)
                .contains("\"memorize\"")
                .contains("remember", "understand", "apply", "analyze", "evaluate", "create");
    }

    @Test
    void a_mistyped_subtask_type_is_refused_at_ingestion_with_its_path_and_the_allowed_values() {
        ObjectNode doc =
                project("typo", 1, epic("Epic", task("Task", with(task("Talk"), "subtask_type", "conversatonal"))));

        Map<String, String> problems = Rejection.byPath(Rejection.of(ltt, doc));

        assertThat(problems).containsOnlyKeys("epics[0].tasks[0].subtasks[0].subtask_type");
        assertThat(problems.get("epics[0].tasks[0].subtasks[0].subtask_type"))
                .contains("\"conversatonal\"", "conversational", "exercise");
    }

    @Test
    void numbers_out_of_range_or_too_large_for_any_type_are_refused_not_stored() {
        for (String bad : new String[] {"1e400", "-3", "1000001", "2.5", "1e6000000"}) {
            ObjectNode doc = with(project("minutes", 1, epic("Epic", task("Task"))), "estimated_minutes", json(bad));
            assertThat(Rejection.byPath(Rejection.of(ltt, doc))).as(bad).containsOnlyKeys("estimated_minutes");
        }
    }

    @Test
    void a_project_with_no_epics_is_refused_because_nothing_in_it_could_ever_be_worked_on() {
        for (ObjectNode doc :
                new ObjectNode[] {project("empty", 1), with(project("empty-list", 1), "epics", json("[]"))}) {
            Map<String, String> problems = Rejection.byPath(Rejection.of(ltt, doc));
            assertThat(problems).containsOnlyKeys("epics");
            assertThat(problems.get("epics")).contains("at least one epic");
        }
    }

    @Test
    void overlong_utf8_in_a_curriculum_is_refused_instead_of_read_as_a_slash() {
        byte[] doc = "{\"title\": \"a?b\", \"epics\": [{\"title\": \"E\"}]}".getBytes(StandardCharsets.UTF_8);
        byte[] overlong = new byte[doc.length + 1];
        int q = new String(doc, StandardCharsets.UTF_8).indexOf('?');
        System.arraycopy(doc, 0, overlong, 0, q);
        overlong[q] = (byte) 0xC0;
        overlong[q + 1] = (byte) 0xAF;
        System.arraycopy(doc, q + 1, overlong, q + 2, doc.length - q - 1);

        InvalidInputException e = Rejection.of(ltt, overlong);

        assertThat(e.errors()).extracting(FieldError::path).containsExactly("$");
        assertThat(e.errors().get(0).message()).contains("not valid UTF-8", "byte " + q);
    }

    @Test
    void a_nul_character_or_a_lone_surrogate_in_a_submission_is_refused_with_its_path_and_writes_nothing() {
        ltt.use().createLearner.create(new CreateLearner.Command("nul", null, null));
        Map<String, Long> before = InstanceRows.count(ltt.database().jdbi());
        String[][] cases = {
            {"a\u0000b", null, "content"},
            {"fine", "{\"output\": \"x\\u0000y\"}", "result.output"},
            {"\ud800 alone", null, "content"},
            {"fine", "{\"k\\u0000\": 1}", "result.k\u0000"}
        };
        for (String[] c : cases) {
            InvalidInputException e = catchThrowableOfType(
                    InvalidInputException.class,
                    () -> ltt.use()
                            .submitWork
                            .submit(
                                    "nul",
                                    MiniCurriculum.A,
                                    new SubmitWork.Command(c[0], null, c[1] == null ? null : json(c[1])),
                                    "nul"));
            assertThat(e).as(c[2]).isNotNull();
            assertThat(e.errors()).extracting(FieldError::path).containsExactly(c[2]);
        }
        assertThat(InstanceRows.count(ltt.database().jdbi())).isEqualTo(before);
    }

    @Test
    void containers_that_close_by_themselves_get_a_progress_note_too() {
        UseCases use = ltt.use();
        use.createLearner.create(new CreateLearner.Command("closer", null, null));
        use.submitWork.submit("closer", MiniCurriculum.A, new SubmitWork.Command("answer", null, null), "closer");
        use.submitWork.submit("closer", MiniCurriculum.B, new SubmitWork.Command("answer", null, null), "closer");

        TaskStatus last = use.completeTask.complete("closer", MiniCurriculum.TALK, null, "closer");

        assertThat(last.autoClosed()).contains(MiniCurriculum.ALPHA_ONE, MiniCurriculum.ALPHA);
        for (String container : new String[] {MiniCurriculum.ALPHA_ONE, MiniCurriculum.ALPHA}) {
            assertThat(use.listNotes.list("closer", container, 10))
                    .singleElement()
                    .satisfies(note -> {
                        assertThat(note.author()).isEqualTo("ltt");
                        assertThat(note.text()).contains("Closed by itself", MiniCurriculum.TALK);
                    });
        }
        assertThat(use.listNotes.list("closer", MiniCurriculum.TALK, 10))
                .extracting(Note::text)
                .containsExactly("Completed.");
    }
}
