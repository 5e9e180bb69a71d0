package dev.ltt.template;

import static dev.ltt.testing.Docs.bytes;
import static dev.ltt.testing.Docs.epic;
import static dev.ltt.testing.Docs.project;
import static dev.ltt.testing.Docs.task;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.ltt.Ltt;
import dev.ltt.testing.TestDatabase;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.OptionalInt;
import java.util.function.Function;
import java.util.stream.Collectors;
import java.util.stream.IntStream;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** Task ids are readable and hierarchical, and curriculum order is numeric document order (.2 before .10). */
class TaskIdOrderTest {
    static Ltt ltt;
    static List<Task> tasks;

    @BeforeAll
    static void ingestTwelveEpics() {
        ltt = new Ltt(TestDatabase.fresh());
        ObjectNode[] epics = IntStream.rangeClosed(1, 12)
                .mapToObj(e -> epic(
                        "Epic " + e,
                        IntStream.rangeClosed(1, e == 2 ? 11 : 1)
                                .mapToObj(t -> task("Task " + e + "." + t, task("Subtask " + e + "." + t + ".1")))
                                .toArray(ObjectNode[]::new)))
                .toArray(ObjectNode[]::new);
        ltt.use().ingestCurriculum.ingest(bytes(project("dozen", 1, epics)), false);
        TemplateStore store = new TemplateStore();
        tasks = ltt.database()
                .jdbi()
                .inTransaction(h -> store.tasks(
                        h, store.findProject(h, "dozen", 1).orElseThrow().pk()));
    }

    @AfterAll
    static void close() {
        ltt.close();
    }

    @Test
    void twelve_epics_get_ids_from_slug_v1_1_to_slug_v1_12() {
        List<String> epicIds = tasks.stream()
                .filter(t -> t.type() == TaskType.EPIC)
                .map(Task::id)
                .toList();

        assertThat(epicIds)
                .containsExactly(IntStream.rangeClosed(1, 12)
                        .mapToObj(i -> "dozen@v1." + i)
                        .toArray(String[]::new));
        assertThat(tasks.get(0).id()).isEqualTo("dozen@v1");
    }

    @Test
    void each_id_names_its_node_by_position_so_titles_and_ids_agree() {
        Map<String, String> titleById = tasks.stream().collect(Collectors.toMap(Task::id, Task::title));

        assertThat(titleById)
                .containsEntry("dozen@v1.2", "Epic 2")
                .containsEntry("dozen@v1.2.10", "Task 2.10")
                .containsEntry("dozen@v1.2.10.1", "Subtask 2.10.1")
                .containsEntry("dozen@v1.12.1.1", "Subtask 12.1.1");
    }

    @Test
    void the_store_lists_nodes_in_curriculum_order_with_2_before_10() {
        List<String> ids = tasks.stream().map(Task::id).toList();

        assertThat(ids.indexOf("dozen@v1.2")).isLessThan(ids.indexOf("dozen@v1.10"));
        assertThat(ids.indexOf("dozen@v1.2.9")).isLessThan(ids.indexOf("dozen@v1.2.10"));
        assertThat(ids.indexOf("dozen@v1.2.11.1")).isLessThan(ids.indexOf("dozen@v1.3"));
        assertThat(ids).containsExactlyElementsOf(documentOrder());
        assertThat(ids).isNotEqualTo(ids.stream().sorted().toList());
    }

    @Test
    void export_writes_the_epics_in_curriculum_order() {
        JsonNode exported = ltt.use().exportCurriculum.export("dozen", OptionalInt.empty());
        List<String> titles = new ArrayList<>();
        exported.get("epics").forEach(e -> titles.add(e.get("title").textValue()));
        List<String> secondEpicTasks = new ArrayList<>();
        exported.get("epics")
                .get(1)
                .get("tasks")
                .forEach(t -> secondEpicTasks.add(t.get("title").textValue()));

        assertThat(titles)
                .containsExactly(
                        IntStream.rangeClosed(1, 12).mapToObj(i -> "Epic " + i).toArray(String[]::new));
        assertThat(secondEpicTasks)
                .containsExactly(IntStream.rangeClosed(1, 11)
                        .mapToObj(i -> "Task 2." + i)
                        .toArray(String[]::new));
    }

    @Test
    void a_parents_id_is_a_prefix_of_each_of_its_childrens_ids() {
        Map<String, Task> byId = tasks.stream().collect(Collectors.toMap(Task::id, Function.identity()));

        assertThat(tasks).filteredOn(t -> !t.isRoot()).allSatisfy(t -> {
            assertThat(t.id()).startsWith(t.parentId() + ".");
            String position = t.id().substring(t.parentId().length() + 1);
            assertThat(position).matches("[1-9][0-9]*");
            int[] parentPath = byId.get(t.parentId()).sortPath();
            int[] expected = Arrays.copyOf(parentPath, parentPath.length + 1);
            expected[parentPath.length] = Integer.parseInt(position);
            assertThat(t.sortPath()).containsExactly(expected);
        });
    }

    /** The ids as a depth-first walk of the document would meet them. */
    private static List<String> documentOrder() {
        List<String> ids = new ArrayList<>(List.of("dozen@v1"));
        for (int e = 1; e <= 12; e++) {
            ids.add("dozen@v1." + e);
            for (int t = 1; t <= (e == 2 ? 11 : 1); t++) {
                ids.add("dozen@v1." + e + "." + t);
                ids.add("dozen@v1." + e + "." + t + ".1");
            }
        }
        return ids;
    }
}
