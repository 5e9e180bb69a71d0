package dev.ltt.bench;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.ltt.Ltt;
import dev.ltt.db.Database;
import dev.ltt.json.Json;
import dev.ltt.testing.TestDatabase;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.util.Random;

/**
 * Ready work for one learner on a 1,000-task curriculum with 100,000 learners' progress in the database,
 * beside the baseline of a single primary-key SELECT on the same database, measured in the same run.
 * Run: see ltt-bench/README.md.
 */
public final class ReadyBenchmark {
    static final int LEARNERS = Integer.getInteger("learners", 100_000);
    static final int WARMUP = 3_000;
    static final int CALLS = Integer.getInteger("calls", 20_000);

    public static void main(String[] args) throws Exception {
        try (Database db = TestDatabase.fresh();
                Ltt ltt = new Ltt(db)) {
            long pk = setUp(ltt);
            Random random = new Random(42);
            System.out.printf(
                    "ready work, 1 learner per call, %d-node curriculum, %d learners with progress%n",
                    ltt.use().listProjects.list(false).get(0).taskCount(), LEARNERS);
            for (int i = 0; i < WARMUP; i++) ltt.use().readyWork.ready(learner(random), "bench", 5, false);
            Percentiles ready = new Percentiles(CALLS);
            for (int i = 0; i < CALLS; i++) {
                String learner = learner(random);
                long t = System.nanoTime();
                ltt.use().readyWork.ready(learner, "bench", 5, false);
                ready.add(System.nanoTime() - t);
            }
            Percentiles baseline = primaryKeySelects(db, random, pk);
            System.out.println("ready (use-case, own transaction)  " + ready.summary());
            System.out.println("baseline: primary-key SELECT       " + baseline.summary());
        }
    }

    private static String learner(Random random) {
        return "l" + (1 + random.nextInt(LEARNERS));
    }

    /** The same pool, one prepared single-row SELECT by primary key per call, autocommit. */
    private static Percentiles primaryKeySelects(Database db, Random random, long pk) throws Exception {
        Percentiles p = new Percentiles(CALLS);
        try (Connection c = db.dataSource().getConnection();
                PreparedStatement s = c.prepareStatement(
                        "SELECT status FROM learner_task_progress WHERE learner_id = ? AND task_id = ?")) {
            for (int i = 0; i < WARMUP + CALLS; i++) {
                s.setString(1, learner(random));
                s.setString(2, "bench@v1.1.1.1");
                long t = System.nanoTime();
                try (ResultSet rs = s.executeQuery()) {
                    rs.next();
                }
                if (i >= WARMUP) p.add(System.nanoTime() - t);
            }
        }
        return p;
    }

    private static long setUp(Ltt ltt) {
        long start = System.nanoTime();
        ltt.use().ingestCurriculum.ingest(Json.write(curriculum()).getBytes(), false);
        long pk = SeededLearners.seed(ltt, "bench", LEARNERS, 20);
        long rows = ltt.database()
                .jdbi()
                .withHandle(h -> h.createQuery("SELECT count(*) FROM learner_task_progress")
                        .mapTo(Long.class)
                        .one());
        System.out.printf("set up %d progress rows in %.1f s%n", rows, (System.nanoTime() - start) / 1e9);
        return pk;
    }

    /** 10 epics x 10 tasks x 9 subtasks (+ the project): 1,011 nodes, 900 leaves, tasks chained in each epic. */
    static ObjectNode curriculum() {
        ObjectNode root =
                Json.object().put("project_id", "bench").put("version", 1).put("title", "Benchmark");
        ArrayNode epics = root.putArray("epics");
        for (int e = 1; e <= 10; e++) {
            ObjectNode epic = epics.addObject().put("title", "Epic " + e);
            if (e > 1) epic.putArray("dependencies").add("Epic " + (e - 1));
            ArrayNode tasks = epic.putArray("tasks");
            for (int t = 1; t <= 10; t++) {
                ObjectNode task = tasks.addObject().put("title", "Task " + e + "." + t);
                if (t > 1) task.putArray("dependencies").add("Task " + e + "." + (t - 1));
                ArrayNode subtasks = task.putArray("subtasks");
                for (int s = 1; s <= 9; s++) {
                    subtasks.addObject()
                            .put("title", "Subtask " + e + "." + t + "." + s)
                            .put("description", "Do step " + s + " of task " + e + "." + t);
                }
            }
        }
        return root;
    }
}
