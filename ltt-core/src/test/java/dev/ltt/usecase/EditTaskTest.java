package dev.ltt.usecase;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.ltt.Ltt;
import dev.ltt.curriculum.EditedTask;
import dev.ltt.curriculum.IngestResult;
import dev.ltt.curriculum.ProjectListing;
import dev.ltt.error.FieldError;
import dev.ltt.error.InvalidInputException;
import dev.ltt.error.NotFoundException;
import dev.ltt.json.Json;
import dev.ltt.people.CreateLearner;
import dev.ltt.progress.ReadyTask;
import dev.ltt.progress.TaskDetail;
import dev.ltt.testing.InstanceRows;
import dev.ltt.testing.MiniCurriculum;
import dev.ltt.testing.TestDatabase;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import java.util.OptionalInt;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** Editing template text in place: every learner sees it at once; the instance layer is not touched. */
class EditTaskTest {
    static Ltt ltt;
    static UseCases use;
    static int projects;

    @BeforeAll
    static void open() {
        ltt = new Ltt(TestDatabase.fresh());
        use = ltt.use();
    }

    @AfterAll
    static void close() {
        ltt.close();
    }

    /** A fresh copy of the mini curriculum under its own slug, so each test edits its own tree. */
    static String newProject() {
        String slug = "edit-" + (++projects);
        String doc = new String(MiniCurriculum.document(), StandardCharsets.UTF_8)
                .replace("\"project_id\": \"mini\"", "\"project_id\": \"" + slug + "\"");
        use.ingestCurriculum.ingest(doc.getBytes(StandardCharsets.UTF_8), false);
        return slug;
    }

    /** The id in {@code slug} of a MiniCurriculum node. */
    static String id(String slug, String miniId) {
        return slug + miniId.substring(MiniCurriculum.SLUG.length());
    }

    static JsonNode patch(String json) {
        return Json.parse(json);
    }

    static String learner(String slug) {
        return use.createLearner
                .create(new CreateLearner.Command(slug + "-learner", null, null))
                .id();
    }

    @Test
    void a_new_title_shows_in_ready_tree_task_and_export_for_existing_learners_with_no_instance_row_changed() {
        String slug = newProject();
        String a = id(slug, MiniCurriculum.A), b = id(slug, MiniCurriculum.B);
        String learner = learner(slug);
        use.startTask.start(learner, a, learner);
        use.readyWork.ready(learner, slug, 10, false); // the snapshot is cached now
        Map<String, Long> before = InstanceRows.count(ltt.database().jdbi());

        EditedTask edited = use.editTask.edit(a, patch("{\"title\": \"Survey the wells\"}"));

        assertThat(edited.title()).isEqualTo("Survey the wells");
        assertThat(edited.changed()).containsExactly("title");
        assertThat(use.readyWork.ready(learner, slug, 10, false).tasks())
                .filteredOn(t -> t.id().equals(a))
                .singleElement()
                .extracting(ReadyTask::title, ReadyTask::status)
                .containsExactly("Survey the wells", "in_progress");
        assertThat(use.showTree
                        .tree(learner, slug)
                        .children()
                        .get(0)
                        .children()
                        .get(0)
                        .children()
                        .get(0)
                        .title())
                .isEqualTo("Survey the wells");
        assertThat(use.showTask.show(learner, a).title()).isEqualTo("Survey the wells");
        assertThat(use.showTask.show(learner, b).dependencies())
                .extracting(TaskDetail.DependencyRef::title)
                .containsExactly("Survey the wells");
        ObjectNode exported = use.exportCurriculum.export(slug, OptionalInt.empty());
        JsonNode alphaOne = exported.get("epics").get(0).get("tasks").get(0);
        assertThat(alphaOne.get("subtasks").get(0).get("title").asText()).isEqualTo("Survey the wells");
        assertThat(alphaOne.get("subtasks").get(1).get("dependencies").get(0).asText())
                .isEqualTo("Survey the wells");
        assertThat(InstanceRows.count(ltt.database().jdbi())).isEqualTo(before);
    }

    @Test
    void the_edited_export_ingests_again_as_a_new_version_with_the_same_tree() {
        String slug = newProject();
        use.editTask.edit(id(slug, MiniCurriculum.B), patch("{\"title\": \"Measure the flow\"}"));
        ObjectNode exported = use.exportCurriculum.export(slug, OptionalInt.empty());
        exported.put("version", 2);
        IngestResult second = use.ingestCurriculum.ingest(Json.write(exported).getBytes(StandardCharsets.UTF_8), false);
        assertThat(second.version()).isEqualTo(2);
        assertThat(use.showTask.show(learner(slug), slug + "@v2.1.1.2").title()).isEqualTo("Measure the flow");
    }

    @Test
    void text_fields_are_replaced_or_removed_and_the_rest_is_kept() {
        String slug = newProject();
        String c = id(slug, MiniCurriculum.C);
        use.editTask.edit(c, patch("{\"description\": \"old\", \"content\": \"read this\"}"));

        EditedTask edited = use.editTask.edit(c, patch("""
                {"description": null, "acceptance_criteria": "a clear answer",
                 "tutor_guidance": {"hints": ["look at the data"]}}
                """));

        assertThat(edited.changed()).containsExactly("description", "acceptance_criteria", "tutor_guidance");
        TaskDetail shown = use.showTask.show(learner(slug), c);
        assertThat(shown.description()).isNull();
        assertThat(shown.content()).isEqualTo("read this");
        assertThat(shown.acceptanceCriteria()).isEqualTo("a clear answer");
        assertThat(shown.tutorGuidance().get("hints").get(0).asText()).isEqualTo("look at the data");
        assertThat(shown.title()).isEqualTo("c-leaf");
        assertThat(use.editTask.edit(c, patch("{\"tutor_guidance\": null}")).tutorGuidance())
                .isNull();
    }

    @Test
    void renaming_the_project_node_renames_the_project_in_listings_and_trees() {
        String slug = newProject();
        use.editTask.edit(slug + "@v1", patch("{\"title\": \"Mini, revised\"}"));
        assertThat(use.listProjects.list(false))
                .filteredOn(p -> p.projectId().equals(slug))
                .singleElement()
                .extracting(ProjectListing::title)
                .isEqualTo("Mini, revised");
        assertThat(use.showTree.tree(learner(slug), slug).project().title()).isEqualTo("Mini, revised");
        assertThat(use.exportCurriculum
                        .export(slug, OptionalInt.empty())
                        .get("title")
                        .asText())
                .isEqualTo("Mini, revised");
    }

    @Test
    void a_title_another_task_of_the_version_has_is_refused_because_export_names_dependencies_by_title() {
        String slug = newProject();
        String a = id(slug, MiniCurriculum.A);
        assertThatThrownBy(() -> use.editTask.edit(a, patch("{\"title\": \"  b-leaf \"}")))
                .isInstanceOfSatisfying(
                        InvalidInputException.class,
                        e -> assertThat(e.errors()).singleElement().satisfies(f -> {
                            assertThat(f.path()).isEqualTo("title");
                            assertThat(f.message()).contains(id(slug, MiniCurriculum.B), "b-leaf");
                        }));
        assertThat(use.editTask.edit(a, patch("{\"title\": \"a-leaf\"}")).title())
                .as("its own title is fine")
                .isEqualTo("a-leaf");
    }

    @Test
    void every_problem_of_a_patch_is_reported_at_once_with_its_field() {
        String c = id(newProject(), MiniCurriculum.C);
        assertThatThrownBy(() -> use.editTask.edit(c, patch("""
                {"title": null, "description": 5, "content": "x\\u0000y", "tutor_guidance": "be kind", "priority": 1}
                """)))
                .isInstanceOfSatisfying(
                        InvalidInputException.class,
                        e -> assertThat(e.errors())
                                .extracting(FieldError::path)
                                .containsExactlyInAnyOrder(
                                        "title", "description", "content", "tutor_guidance", "priority"));
        assertThat(paths(c, "{}")).containsExactly("$");
        assertThat(paths(c, "{\"title\": \"   \"}")).containsExactly("title");
        assertThat(paths(c, "{\"title\": \"" + "t".repeat(301) + "\"}")).containsExactly("title");
        assertThat(paths(c, "{\"content\": \"" + "t".repeat(100_001) + "\"}")).containsExactly("content");
        assertThat(paths(c, "[]")).containsExactly("$");
        assertThat(use.showTask.show(learner("untouched"), c).title()).isEqualTo("c-leaf");
    }

    @Test
    void editing_a_task_that_does_not_exist_is_not_found() {
        assertThatThrownBy(() -> use.editTask.edit("nothing@v1.1", patch("{\"title\": \"x\"}")))
                .isInstanceOf(NotFoundException.class)
                .hasMessageContaining("no task nothing@v1.1");
    }

    static java.util.List<String> paths(String task, String json) {
        try {
            use.editTask.edit(task, patch(json));
            throw new AssertionError("the edit was accepted: " + json);
        } catch (InvalidInputException e) {
            return e.errors().stream().map(FieldError::path).toList();
        }
    }
}
