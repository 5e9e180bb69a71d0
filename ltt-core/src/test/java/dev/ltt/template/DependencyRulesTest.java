package dev.ltt.template;

import static dev.ltt.testing.Docs.bytes;
import static dev.ltt.testing.Docs.dependsOn;
import static dev.ltt.testing.Docs.epic;
import static dev.ltt.testing.Docs.json;
import static dev.ltt.testing.Docs.project;
import static dev.ltt.testing.Docs.task;
import static dev.ltt.testing.Docs.with;
import static org.assertj.core.api.Assertions.assertThat;

import dev.ltt.Ltt;
import dev.ltt.error.InvalidInputException;
import dev.ltt.testing.Rejection;
import dev.ltt.testing.TestDatabase;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** Dependencies resolve by title over the whole document; what could never be worked through is refused. */
class DependencyRulesTest {
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
    void a_forward_reference_resolves_to_the_later_node() {
        ltt.use()
                .ingestCurriculum
                .ingest(
                        bytes(project(
                                "forward",
                                1,
                                epic("First epic", dependsOn(task("Early task"), "Late task")),
                                epic("Second epic", task("Late task")))),
                        false);

        List<List<Object>> rows = ltt.database()
                .jdbi()
                .withHandle(h -> h.createQuery(
                                "SELECT task_id, depends_on_id, dep_type FROM dependencies WHERE task_id LIKE 'forward@%'")
                        .map((rs, ctx) -> List.<Object>of(rs.getString(1), rs.getString(2), rs.getString(3)))
                        .list());
        assertThat(rows).containsExactly(List.of("forward@v1.1.1", "forward@v1.2.1", "blocks"));
    }

    @Test
    void a_cycle_across_three_nodes_is_refused_naming_all_three() {
        InvalidInputException e = Rejection.of(
                ltt,
                project(
                        "cycle",
                        1,
                        dependsOn(epic("Alpha step"), "Gamma step"),
                        dependsOn(epic("Beta step"), "Alpha step"),
                        dependsOn(epic("Gamma step"), "Beta step")));

        assertThat(e.errors()).hasSize(1);
        assertThat(e.errors().get(0).path()).matches("epics\\[[012]]\\.dependencies\\[0]");
        assertThat(e.errors().get(0).message()).contains("cycle", "\"Alpha step\"", "\"Beta step\"", "\"Gamma step\"");
    }

    @Test
    void a_cycle_closing_only_through_the_tree_is_refused() {
        // "Left task" waits for the right epic, whose child waits for the left epic: neither side can start
        InvalidInputException e = Rejection.of(
                ltt,
                project(
                        "tree-cycle",
                        1,
                        epic("Left epic", dependsOn(task("Left task"), "Right epic")),
                        epic("Right epic", dependsOn(task("Right task"), "Left epic"))));

        assertThat(Rejection.paths(e)).hasSize(1);
        assertThat(e.errors().get(0).message()).contains("cycle", "\"Left task\"", "\"Right task\"");
    }

    @Test
    void a_child_depending_on_its_parent_is_refused_as_a_deadlock_at_the_dependency() {
        InvalidInputException e = Rejection.of(
                ltt, project("child-parent", 1, epic("Parent epic", dependsOn(task("Child task"), "Parent epic"))));

        assertThat(Rejection.paths(e)).containsExactly("epics[0].tasks[0].dependencies[0]");
        assertThat(e.errors().get(0).message()).contains("\"Child task\"", "ancestor", "\"Parent epic\"", "deadlock");
    }

    @Test
    void a_subtask_depending_on_the_project_itself_is_refused_as_a_deadlock() {
        InvalidInputException e = Rejection.of(
                ltt,
                project("child-root", 1, epic("Epic", task("Task", dependsOn(task("Subtask"), "Project child-root")))));

        assertThat(Rejection.paths(e)).containsExactly("epics[0].tasks[0].subtasks[0].dependencies[0]");
        assertThat(e.errors().get(0).message()).contains("ancestor", "deadlock");
    }

    @Test
    void a_parent_depending_on_its_descendant_is_refused_as_a_deadlock() {
        InvalidInputException e = Rejection.of(
                ltt,
                project(
                        "parent-child",
                        1,
                        dependsOn(epic("Outer epic", task("Middle task", task("Deep subtask"))), "Deep subtask")));

        assertThat(Rejection.paths(e)).containsExactly("epics[0].dependencies[0]");
        assertThat(e.errors().get(0).message())
                .contains("\"Outer epic\"", "descendant", "\"Deep subtask\"", "deadlock");
    }

    @Test
    void a_self_dependency_is_refused() {
        InvalidInputException e = Rejection.of(
                ltt,
                project(
                        "self",
                        1,
                        epic("Epic", task("Other task"), dependsOn(task("Narcissus"), "Other task", "Narcissus"))));

        assertThat(Rejection.paths(e)).containsExactly("epics[0].tasks[1].dependencies[1]");
        assertThat(e.errors().get(0).message()).contains("\"Narcissus\" depends on itself");
    }

    @Test
    void a_related_link_to_an_ancestor_is_no_deadlock_because_related_never_blocks() {
        var result = ltt.use()
                .ingestCurriculum
                .ingest(
                        bytes(project(
                                "related-up",
                                1,
                                epic(
                                        "Parent epic",
                                        with(
                                                task("Child task"),
                                                "dependencies",
                                                json("[{'title': 'Parent epic', 'type': 'related'}]"))))),
                        false);

        assertThat(result.created()).isTrue();
    }

    @Test
    void a_reference_to_a_duplicated_title_is_ambiguous_and_names_both_candidates() {
        InvalidInputException e = Rejection.of(
                ltt,
                project(
                        "ambiguous",
                        1,
                        epic("Setup", task("Install")),
                        epic("Deploy", task("Install")),
                        epic("Run", dependsOn(task("Go"), "Install"))));

        assertThat(Rejection.paths(e)).containsExactly("epics[2].tasks[0].dependencies[0]");
        assertThat(e.errors().get(0).message())
                .contains("\"Install\" is ambiguous", "epics[0].tasks[0]", "epics[1].tasks[0]");
    }

    @Test
    void a_duplicated_title_that_nothing_references_is_fine() {
        var result = ltt.use()
                .ingestCurriculum
                .ingest(
                        bytes(project("twins", 1, epic("Setup", task("Install")), epic("Deploy", task("Install")))),
                        false);

        assertThat(result.created()).isTrue();
        assertThat(result.taskCount()).isEqualTo(5);
    }

    @Test
    void a_title_that_matches_no_node_is_refused_with_a_suggestion() {
        InvalidInputException e = Rejection.of(
                ltt, project("dangling", 1, epic("Explore the data"), dependsOn(epic("Report"), "Explore the dta")));

        assertThat(Rejection.byPath(e)).containsOnlyKeys("epics[1].dependencies[0]");
        assertThat(e.errors().get(0).message())
                .contains("no node is titled \"Explore the dta\"", "did you mean \"Explore the data\"");
    }

    @Test
    void the_same_prerequisite_listed_twice_is_refused_at_the_second_mention() {
        InvalidInputException e = Rejection.of(
                ltt,
                project(
                        "twice",
                        1,
                        epic("Basics"),
                        with(
                                epic("Advanced"),
                                "dependencies",
                                json("['Basics', {'title': 'Basics', 'type': 'related'}]"))));

        assertThat(Rejection.paths(e)).containsExactly("epics[1].dependencies[1]");
        assertThat(e.errors().get(0).message()).contains("\"Basics\"", "epics[1].dependencies[0]");
    }
}
