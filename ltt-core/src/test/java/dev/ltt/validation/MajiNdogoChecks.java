package dev.ltt.validation;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.ltt.json.Json;
import dev.ltt.testing.Fixtures;
import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;
import java.util.stream.StreamSupport;

/** The Maji Ndogo subtasks that carry SQL checks, read from the bundled curriculum, and the test dataset. */
final class MajiNdogoChecks {
    private MajiNdogoChecks() {}

    /** One subtask: its title and its sql_result spec as the registry builds it. */
    record Task(String title, JsonNode spec) {
        /** The reference queries of its checks, as one submission. */
        String reference() {
            return StreamSupport.stream(spec.get("checks").spliterator(), false)
                    .map(c -> c.get("query").asText())
                    .collect(Collectors.joining(";\n"));
        }

        /** Whether it works on a table the learner created in an earlier task. */
        boolean usesAnEarlierTable() {
            return reference().contains("well_pollution_copy") && !reference().contains("CREATE TABLE");
        }

        @Override
        public String toString() {
            return title;
        }
    }

    static List<Task> tasks() {
        List<Task> tasks = new ArrayList<>();
        collect(Json.parse(new String(Fixtures.curriculum(Fixtures.MAJI_NDOGO), StandardCharsets.UTF_8)), tasks);
        return tasks;
    }

    static SqlDatasets datasets() {
        try {
            return SqlDatasets.directory(
                    Path.of(MajiNdogoChecks.class.getResource("/datasets").toURI()));
        } catch (URISyntaxException e) {
            throw new IllegalStateException(e);
        }
    }

    private static void collect(JsonNode node, List<Task> tasks) {
        if (node.isObject() && node.has("checks")) {
            JsonNode spec = ValidatorRegistry.specs((ObjectNode) node).get(0);
            tasks.add(new Task(node.get("title").asText(), spec));
        }
        node.forEach(child -> collect(child, tasks));
    }
}
