package dev.ltt.bench;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.ltt.json.Json;
import java.util.Random;

/**
 * A valid curriculum of a chosen size, shaped like a real one: 10 epics of 10 tasks, the remaining nodes
 * spread as subtasks over the tasks; unique titles, blocking and related dependencies between earlier
 * siblings (so never a cycle), learning objectives, ~500 characters of content per node, tutor guidance, and
 * keys LTT does not know (kept as extra). Deterministic for a given seed.
 */
public final class SyntheticCurriculum {
    static final int EPICS = 10;
    static final int TASKS_PER_EPIC = 10;
    private static final String[] LEVELS = {"remember", "understand", "apply", "analyze", "evaluate", "create"};
    private static final String[] WORDS = ("data query table column filter join aggregate index survey record "
                    + "source quality pipeline report chart review model test schema value error clean merge sort group "
                    + "window function backup update select insert delete where having limit order")
            .split(" ");

    private final Random random;

    private SyntheticCurriculum(long seed) {
        this.random = new Random(seed);
    }

    /** A document with exactly {@code nodes} nodes (the project included; at least 111). */
    public static byte[] generate(String slug, int nodes, long seed) {
        return Json.utf8(Json.write(new SyntheticCurriculum(seed).project(slug, nodes)));
    }

    private ObjectNode project(String slug, int nodes) {
        int containers = 1 + EPICS + EPICS * TASKS_PER_EPIC;
        if (nodes < containers) throw new IllegalArgumentException("at least " + containers + " nodes");
        int tasks = EPICS * TASKS_PER_EPIC;
        int subtasks = nodes - containers;
        ObjectNode project = node("Synthetic curriculum " + slug, 1200);
        project.put("project_id", slug)
                .put("version", 1)
                .put("narrative_context", text(800))
                .put("workspace_type", "sql");
        project.putObject("x_generator").put("name", "ltt-bench").put("nodes", nodes);
        objectives(project, 4);
        ArrayNode epics = project.putArray("epics");
        for (int e = 1; e <= EPICS; e++) {
            ObjectNode epic = node("Epic " + e + ": " + phrase(3), 600);
            objectives(epic, 3);
            if (e > 1)
                epic.putArray("dependencies").add(epics.get(e - 2).get("title").asText());
            ArrayNode list = epic.putArray("tasks");
            for (int t = 1; t <= TASKS_PER_EPIC; t++) {
                int taskIndex = (e - 1) * TASKS_PER_EPIC + (t - 1);
                int count = subtasks / tasks + (taskIndex < subtasks % tasks ? 1 : 0);
                list.add(task(e, t, count, list));
            }
            epics.add(epic);
        }
        return project;
    }

    private ObjectNode task(int e, int t, int subtaskCount, ArrayNode siblings) {
        ObjectNode task = node("Task " + e + "." + t + ": " + phrase(4), 500);
        task.put("estimated_minutes", 30 + random.nextInt(90)).put("priority", random.nextInt(5));
        task.putObject("tutor_guidance")
                .put("teaching_approach", text(200))
                .putArray("common_mistakes")
                .add(text(80))
                .add(text(80));
        objectives(task, 2);
        if (t > 1 && random.nextInt(3) > 0) {
            task.putArray("dependencies").add(siblings.get(t - 2).get("title").asText());
        }
        ArrayNode subtasks = task.putArray("subtasks");
        for (int s = 1; s <= subtaskCount; s++) {
            subtasks.add(subtask(e, t, s, subtasks));
        }
        return task;
    }

    private ObjectNode subtask(int e, int t, int s, ArrayNode siblings) {
        ObjectNode subtask = node("Subtask " + e + "." + t + "." + s + ": " + phrase(4), 500);
        subtask.put("acceptance_criteria", text(150))
                .put("subtask_type", s % 4 == 0 ? "conversational" : "exercise")
                .put("requires_submission", s % 4 != 0)
                .put("estimated_minutes", 5 + random.nextInt(25));
        subtask.put("x_hint_count", random.nextInt(4));
        if (s % 5 == 0) objectives(subtask, 1);
        if (s > 1 && s % 3 != 0) {
            ArrayNode deps = subtask.putArray("dependencies");
            deps.add(siblings.get(s - 2).get("title").asText());
            if (s > 3 && s % 7 == 0) {
                deps.addObject()
                        .put("title", siblings.get(s - 4).get("title").asText())
                        .put("type", "related");
            }
        }
        return subtask;
    }

    private ObjectNode node(String title, int contentLength) {
        ObjectNode node = Json.object();
        node.put("title", title).put("description", text(120)).put("content", markdown(contentLength));
        return node;
    }

    private void objectives(ObjectNode node, int count) {
        ArrayNode list = node.putArray("learning_objectives");
        for (int i = 0; i < count; i++) {
            list.addObject().put("level", LEVELS[random.nextInt(LEVELS.length)]).put("description", text(90));
        }
    }

    private String markdown(int length) {
        return "## " + phrase(3) + "\n\n" + text(length - 60) + "\n\n```sql\nSELECT * FROM " + word()
                + " LIMIT 10;\n```";
    }

    private String phrase(int words) {
        StringBuilder s = new StringBuilder();
        for (int i = 0; i < words; i++) s.append(i == 0 ? "" : " ").append(word());
        return s.toString();
    }

    private String text(int length) {
        StringBuilder s = new StringBuilder(length + 16);
        while (s.length() < length) s.append(word()).append(random.nextInt(8) == 0 ? ". " : " ");
        return s.toString().strip();
    }

    private String word() {
        return WORDS[random.nextInt(WORDS.length)];
    }
}
