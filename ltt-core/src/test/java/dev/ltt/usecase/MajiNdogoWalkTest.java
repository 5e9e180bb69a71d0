package dev.ltt.usecase;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.ltt.Ltt;
import dev.ltt.json.Json;
import dev.ltt.people.CreateLearner;
import dev.ltt.progress.Progress;
import dev.ltt.progress.ReadyList;
import dev.ltt.progress.ReadyTask;
import dev.ltt.progress.TaskDetail;
import dev.ltt.testing.Fixtures;
import dev.ltt.testing.TestDatabase;
import dev.ltt.work.SubmissionResult;
import dev.ltt.work.SubmitWork;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** The real Maji Ndogo curriculum, walked by a scripted learner who submits every leaf in ready order. */
class MajiNdogoWalkTest {
    static final String SLUG = Fixtures.MAJI_NDOGO;
    static Ltt ltt;
    static UseCases use;

    @BeforeAll
    static void open() {
        ltt = new Ltt(TestDatabase.fresh());
        use = ltt.use();
        use.ingestCurriculum.ingest(Fixtures.curriculum(SLUG), false);
    }

    @AfterAll
    static void close() {
        ltt.close();
    }

    @Test
    void a_new_learners_ready_list_is_exactly_the_first_subtask() {
        use.createLearner.create(new CreateLearner.Command("newcomer", null, null));
        ReadyList ready = use.readyWork.ready("newcomer", SLUG, 10, false);
        assertThat(ready.tasks()).extracting(ReadyTask::title).containsExactly("Read President Naledi's message");
        assertThat(ready.totalReady()).isEqualTo(1);
    }

    @Test
    void submitting_every_leaf_in_ready_order_closes_the_whole_project_with_every_objective_achieved() {
        use.createLearner.create(new CreateLearner.Command("walker", null, null));
        int submissions = 0;
        List<ReadyTask> ready;
        while (!(ready = use.readyWork.ready("walker", SLUG, 1, false).tasks()).isEmpty()) {
            TaskDetail task = use.showTask.show("walker", ready.get(0).id());
            SubmissionResult result = use.submitWork.submit(
                    "walker",
                    task.id(),
                    new SubmitWork.Command(answer(task), task.extra().has("checks") ? "sql" : "text", reported(task)),
                    "walker");
            assertThat(result.validation().passed())
                    .as("%s: %s", task.title(), result.validation().feedback())
                    .isTrue();
            submissions++;
            assertThat(submissions).as("the walk ends").isLessThanOrEqualTo(32);
        }
        Progress progress = use.showProgress.progress("walker", SLUG);
        assertThat(submissions).isEqualTo(32);
        assertThat(progress.completed()).isEqualTo(32);
        assertThat(progress.total()).isEqualTo(32);
        assertThat(progress.objectives().achieved())
                .isEqualTo(progress.objectives().total())
                .isEqualTo(64);
        assertThat(use.showTree.tree("walker", SLUG).children())
                .allSatisfy(epic -> assertThat(epic.status()).isEqualTo("closed"));
        assertThat(use.showTask.show("walker", "maji-ndogo-part1-v3@v3").status())
                .isEqualTo("closed");
    }

    /** The learner's answer: the reference query for SQL exercises, a sentence for conversations. */
    private static String answer(TaskDetail task) {
        JsonNode checks = task.extra().get("checks");
        if (checks == null) return "I have read it and I am ready to continue.";
        StringBuilder sql = new StringBuilder();
        checks.forEach(c -> sql.append(c.get("query").asText()).append(";\n"));
        return sql.toString();
    }

    /** What the learner's SQL client reports after running the answer, as the checks expect it. */
    private static JsonNode reported(TaskDetail task) {
        JsonNode checks = task.extra().get("checks");
        if (checks == null) return null;
        JsonNode expect = checks.get(checks.size() - 1).get("expect");
        ObjectNode result = Json.object();
        if (expect.has("columns")) result.set("columns", expect.get("columns"));
        if (expect.has("row_count"))
            result.put("row_count", expect.get("row_count").asInt());
        if (expect.has("min_rows"))
            result.put("row_count", expect.get("min_rows").asInt());
        if (expect.path("modifies").asBoolean()) result.put("rows_affected", 1);
        return result;
    }
}
