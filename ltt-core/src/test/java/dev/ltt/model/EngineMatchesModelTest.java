package dev.ltt.model;

import static org.assertj.core.api.Assertions.assertThat;

import dev.ltt.Ltt;
import dev.ltt.error.BlockedException;
import dev.ltt.error.InvalidStateException;
import dev.ltt.json.Json;
import dev.ltt.model.ModelCurriculum.ModelNode;
import dev.ltt.model.ReferenceModel.Outcome;
import dev.ltt.people.CreateLearner;
import dev.ltt.progress.Progress;
import dev.ltt.progress.ReadyTask;
import dev.ltt.progress.TreeView;
import dev.ltt.testing.Decisions;
import dev.ltt.testing.PropertyCheck;
import dev.ltt.testing.TestDatabase;
import dev.ltt.usecase.UseCases;
import dev.ltt.work.SubmitWork;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Supplier;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Random curricula, random actions by several learners: after every step the engine (on the real database)
 * must agree with {@link ReferenceModel} on every node's status, the ready list, the blocked set and the
 * progress counts, and must accept or refuse each action as the model does. Runs on {@link PropertyCheck}
 * (seeded, shrinking); {@code -Dltt.tries=N} runs more scenarios.
 */
class EngineMatchesModelTest {
    static Ltt ltt;
    static UseCases use;
    static final AtomicInteger TRIES = new AtomicInteger();

    enum Kind {
        START,
        SUBMIT_PASS,
        SUBMIT_FAIL,
        COMPLETE,
        REOPEN,
        BLOCK,
        UNBLOCK
    }

    record Action(int learner, Kind kind, int target) {}

    record Scenario(
            List<Integer> shape, List<int[]> dependencies, List<Integer> conversational, List<Action> actions) {}

    @BeforeAll
    static void open() {
        ltt = new Ltt(TestDatabase.fresh());
        use = ltt.use();
    }

    @AfterAll
    static void close() {
        ltt.close();
    }

    /** Draws a scenario from the decisions: a tree shape, dependencies, conversational leaves, and actions. */
    static Scenario scenario(Decisions d) {
        List<Integer> shape = new ArrayList<>();
        for (int i = 0, n = 1 + d.pick(20); i < n; i++) shape.add(d.pick(4));
        List<int[]> dependencies = new ArrayList<>();
        for (int i = 0, n = d.pick(9); i < n; i++) dependencies.add(new int[] {d.pick(41), d.pick(41)});
        List<Integer> conversational = new ArrayList<>();
        for (int i = 0, n = d.pick(5); i < n; i++) conversational.add(d.pick(41));
        List<Action> actions = new ArrayList<>();
        for (int i = 0, n = 1 + d.pick(30); i < n; i++) {
            // weighted toward progress (pass, complete), so most runs go deep into the tree
            Kind kind =
                    d.chance(2) ? d.oneOf(List.of(Kind.SUBMIT_PASS, Kind.COMPLETE)) : d.oneOf(List.of(Kind.values()));
            actions.add(new Action(d.pick(2), kind, d.pick(41)));
        }
        return new Scenario(shape, dependencies, conversational, actions);
    }

    @Test
    void the_engine_agrees_with_the_reference_model_after_every_step() {
        PropertyCheck.forAll(Integer.getInteger("ltt.tries", 40), d -> check(scenario(d)));
    }

    private static void check(Scenario scenario) {
        String slug = "model-" + TRIES.incrementAndGet();
        ModelCurriculum curriculum =
                ModelCurriculum.build(slug, scenario.shape(), scenario.dependencies(), scenario.conversational());
        use.ingestCurriculum.ingest(Json.write(curriculum.document()).getBytes(), false);
        List<String> learners = List.of(learner(slug, 0), learner(slug, 1));
        Map<String, ReferenceModel> models = new HashMap<>();
        learners.forEach(l -> models.put(l, new ReferenceModel(curriculum)));

        for (Action action : scenario.actions()) {
            String learner = learners.get(action.learner());
            ModelNode node =
                    curriculum.nodes().get(action.target() % curriculum.nodes().size());
            Outcome expected = apply(models.get(learner), action.kind(), node.index());
            Outcome actual = run(() -> perform(learner, action.kind(), node.id()));
            assertThat(actual)
                    .as("%s %s on %s", learner, action.kind(), node.id())
                    .isEqualTo(expected);
            assertAgree(curriculum, learner, models.get(learner));
        }
        learners.forEach(l -> assertAgree(curriculum, l, models.get(l)));
    }

    private static String learner(String slug, int i) {
        return use.createLearner
                .create(new CreateLearner.Command(slug + "-l" + i, null, null))
                .id();
    }

    private static Outcome apply(ReferenceModel model, Kind kind, int node) {
        return switch (kind) {
            case START -> model.start(node);
            case SUBMIT_PASS -> model.submit(node, true);
            case SUBMIT_FAIL -> model.submit(node, false);
            case COMPLETE -> model.complete(node);
            case REOPEN -> model.reopen(node);
            case BLOCK -> model.block(node);
            case UNBLOCK -> model.unblock(node);
        };
    }

    private static void perform(String learner, Kind kind, String task) {
        switch (kind) {
            case START -> use.startTask.start(learner, task, learner);
            case SUBMIT_PASS ->
                use.submitWork.submit(learner, task, new SubmitWork.Command("answer", null, null), learner);
            case SUBMIT_FAIL -> use.submitWork.submit(learner, task, new SubmitWork.Command(" ", null, null), learner);
            case COMPLETE -> use.completeTask.complete(learner, task, null, learner);
            case REOPEN -> use.reopenTask.reopen(learner, task, "model says so", learner);
            case BLOCK -> use.blockTask.block(learner, task, "parked by the model", learner);
            case UNBLOCK -> use.blockTask.unblock(learner, task, "unparked by the model", learner);
        }
    }

    private static Outcome run(Runnable action) {
        try {
            action.run();
            return Outcome.OK;
        } catch (InvalidStateException e) {
            return Outcome.INVALID_STATE;
        } catch (BlockedException e) {
            return Outcome.BLOCKED;
        }
    }

    private static void assertAgree(ModelCurriculum curriculum, String learner, ReferenceModel model) {
        Map<String, String> actual = new HashMap<>();
        TreeView tree = use.showTree.tree(learner, curriculum.slug());
        collect(tree.children(), actual);
        Map<String, String> expected = new HashMap<>();
        for (ModelNode n : curriculum.nodes()) if (n.depth() > 0) expected.put(n.id(), model.status(n.index()));
        assertThat(actual).as("statuses of %s", learner).isEqualTo(expected);

        List<String> ready = use.readyWork.ready(learner, curriculum.slug(), 1000, false).tasks().stream()
                .map(ReadyTask::id)
                .toList();
        assertThat(ready)
                .as("ready of %s", learner)
                .isEqualTo(model.ready().stream()
                        .map(i -> curriculum.nodes().get(i).id())
                        .toList());

        Progress progress = use.showProgress.progress(learner, curriculum.slug());
        List<Integer> leaves = model.leaves(0);
        Supplier<Long> closed = () ->
                leaves.stream().filter(l -> model.status(l).equals("closed")).count();
        assertThat(progress.completed())
                .as("completed leaves")
                .isEqualTo(closed.get().intValue());
        assertThat(progress.total()).isEqualTo(leaves.size());
        assertThat(progress.blocked()).as("blocked leaves").isEqualTo((int)
                leaves.stream().filter(l -> model.status(l).equals("blocked")).count());
        assertThat(progress.inProgress()).as("in-progress leaves").isEqualTo((int) leaves.stream()
                .filter(l -> model.status(l).equals("in_progress"))
                .count());
    }

    private static void collect(List<TreeView.TreeNode> nodes, Map<String, String> into) {
        for (TreeView.TreeNode n : nodes) {
            into.put(n.id(), n.status());
            collect(n.children(), into);
        }
    }
}
