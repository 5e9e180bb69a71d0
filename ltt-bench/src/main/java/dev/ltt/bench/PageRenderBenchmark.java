package dev.ltt.bench;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.ltt.Ltt;
import dev.ltt.db.Database;
import dev.ltt.json.Json;
import dev.ltt.people.CreateLearner;
import dev.ltt.progress.ReadyTask;
import dev.ltt.server.web.Chrome;
import dev.ltt.server.web.LearnerPages;
import dev.ltt.server.web.Markdown;
import dev.ltt.server.web.TeachPages;
import dev.ltt.server.web.Templates;
import dev.ltt.template.BloomLevel;
import dev.ltt.testing.TestDatabase;
import dev.ltt.usecase.UseCases;
import dev.ltt.work.SubmitWork;
import java.time.Clock;
import java.util.OptionalInt;
import java.util.function.Supplier;

/**
 * Server-side render time of the web UI's heaviest pages on a 1,000-task curriculum: the learner's project page
 * (tree, progress, ready list), a task page (Markdown, attempts) and the instructors' cohort page (heat map over
 * every node, stuck learners, help queue, objective mastery) with a cohort of {@code learners} learners. Each
 * figure is the page's use-case calls plus its template render, in process, as a request handler runs them.
 * Run: see docs/web-ui.md.
 */
public final class PageRenderBenchmark {
    static final int LEARNERS = Integer.getInteger("bench.learners", 200);
    static final int WARMUP = Integer.getInteger("warmup", 50);
    static final int RENDERS = Integer.getInteger("renders", 200);
    static final String SLUG = "bench";

    public static void main(String[] args) {
        try (Database db = TestDatabase.fresh();
                Ltt ltt = new Ltt(db)) {
            UseCases use = ltt.use();
            String taskWithAttempts = setUp(ltt);
            Templates templates = new Templates();
            LearnerPages learner = new LearnerPages(use, templates, new Markdown(), Clock.systemUTC());
            TeachPages teach = new TeachPages(use, templates, Clock.systemUTC());
            Chrome chrome = new Chrome("", "reader", "/learn", "csrf-token", null, "/static/ltt.css", "/static/ltt.js");
            Chrome staff = new Chrome(
                    "", "kim (instructor)", "/teach", "csrf-token", null, "/static/ltt.css", "/static/ltt.js");
            System.out.printf(
                    "web pages, %d-node curriculum, %d learners with progress, %d renders after %d warm-up%n",
                    use.listProjects.list(false).get(0).taskCount(), LEARNERS + 1, RENDERS, WARMUP);
            report("learner project page", () -> learner.project(chrome, "reader", SLUG, true));
            report("task page              ", () -> learner.task(chrome, "reader", taskWithAttempts, true));
            report("instructor cohort page ", () -> teach.cohort(staff, SLUG, 48, 3));
            report(
                    "  of which cohort use-case",
                    () -> use.cohortProgress
                            .show(SLUG, OptionalInt.empty())
                            .toString()
                            .substring(0, 1));
            report(
                    "  of which mastery use-case",
                    () -> use.objectiveMastery
                            .show(SLUG, OptionalInt.empty())
                            .toString()
                            .substring(0, 1));
        }
    }

    private static void report(String name, Supplier<String> page) {
        int bytes = 0;
        for (int i = 0; i < WARMUP; i++) bytes = page.get().length();
        Percentiles p = new Percentiles(RENDERS);
        for (int i = 0; i < RENDERS; i++) {
            long t = System.nanoTime();
            page.get();
            p.add(System.nanoTime() - t);
        }
        System.out.printf("%s %s  (%,d characters of HTML)%n", name, p.summary(), bytes);
    }

    /**
     * Ingests the 1,000-task curriculum with Markdown content and an objective on every task; gives {@code LEARNERS}
     * learners progress rows in bulk and one learner, "reader", real work through the use-cases (passes, failures,
     * a question). Returns a task of the reader's with several attempts.
     */
    private static String setUp(Ltt ltt) {
        long start = System.nanoTime();
        ObjectNode doc = ReadyBenchmark.curriculum();
        int n = 0;
        for (JsonNode epic : doc.get("epics")) {
            for (JsonNode task : epic.get("tasks")) {
                ObjectNode t = (ObjectNode) task;
                t.put(
                        "content",
                        "Work through **every step** below.\n\n```sql\nSELECT * FROM steps;\n```\n\n- one\n- two");
                t.putArray("learning_objectives")
                        .addObject()
                        .put("level", BloomLevel.values()[n++ % BloomLevel.values().length].key())
                        .put("description", "Objective of " + t.get("title").asText());
            }
        }
        UseCases use = ltt.use();
        use.ingestCurriculum.ingest(Json.write(doc).getBytes(), false);
        SeededLearners.seed(ltt, "bench", LEARNERS, 60);
        use.createLearner.create(new CreateLearner.Command("reader", "Reader", null));
        String withAttempts = null;
        for (int i = 0; i < 25; i++) {
            ReadyTask next =
                    use.readyWork.ready("reader", SLUG, 1, false).tasks().get(0);
            if (i == 20) {
                withAttempts = next.id();
                for (int f = 0; f < 4; f++) {
                    use.submitWork.submit("reader", next.id(), new SubmitWork.Command(" ", null, null), "reader");
                }
                use.requestHelp.request("reader", next.id(), "I am stuck on this one", "reader");
            }
            use.submitWork.submit("reader", next.id(), new SubmitWork.Command("done", null, null), "reader");
        }
        System.out.printf("set up in %.1f s%n", (System.nanoTime() - start) / 1e9);
        return withAttempts;
    }
}
