package dev.ltt.cli;

import static dev.ltt.testing.Fixtures.MAJI_NDOGO;
import static dev.ltt.testing.Fixtures.PYTHON;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.ltt.cli.Cli.Result;
import dev.ltt.json.Json;
import dev.ltt.testing.Fixtures;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code ltt ingest}, {@code ltt projects} and {@code ltt export} on one data dir, through the real command
 * line and the embedded PostgreSQL each command starts. Both bundled curricula are ingested once, up front;
 * no test stores a third project, so the project list is known.
 */
class IngestAndExportCommandTest {
    @TempDir
    static Path dir;

    static Cli ltt;
    static Result majiAsText;
    static Result pythonAsJson;

    @BeforeAll
    static void ingest_both_fixtures() {
        ltt = new Cli(dir.resolve("data"));
        majiAsText = ltt.run("ingest", Cli.fixtureFile(dir, MAJI_NDOGO).toString());
        pythonAsJson = ltt.run("ingest", Cli.fixtureFile(dir, PYTHON).toString(), "--json");
    }

    @Test
    void ingest_prints_slug_version_and_counts_of_what_it_stored() {
        assertThat(majiAsText.exitCode()).as(majiAsText.toString()).isZero();
        assertThat(majiAsText.out())
                .contains("stored: maji-ndogo-part1-v3 version 3")
                .contains("54 nodes, 32 leaves, 64 learning objectives");
        assertThat(majiAsText.err()).isEmpty();
    }

    @Test
    void ingest_with_json_prints_the_shape_of_the_rest_answer() {
        assertThat(pythonAsJson.exitCode()).as(pythonAsJson.toString()).isZero();
        JsonNode json = pythonAsJson.json();
        assertThat(fieldNames(json))
                .containsExactly(
                        "project_id",
                        "version",
                        "title",
                        "task_count",
                        "leaf_count",
                        "objective_count",
                        "warnings",
                        "created",
                        "dry_run");
        assertThat(json.get("project_id").asText()).isEqualTo(PYTHON);
        assertThat(json.get("version").asInt()).isEqualTo(1);
        assertThat(json.get("title").asText()).isEqualTo("Python Programming Fundamentals");
        assertThat(json.get("task_count").asInt()).isEqualTo(26);
        assertThat(json.get("leaf_count").asInt()).isEqualTo(13);
        assertThat(json.get("objective_count").asInt()).isEqualTo(11);
        assertThat(json.get("warnings").isArray()).isTrue();
        assertThat(json.get("created").asBoolean()).isTrue();
        assertThat(json.get("dry_run").asBoolean()).isFalse();
    }

    @Test
    void ingesting_the_same_document_again_stores_nothing_new() {
        Result again = ltt.run("ingest", dir.resolve(PYTHON + ".json").toString());
        Result againAsJson = ltt.run("ingest", dir.resolve(PYTHON + ".json").toString(), "--json");

        assertThat(again.exitCode()).as(again.toString()).isZero();
        assertThat(again.out()).startsWith("already stored (identical document): python-fundamentals version 1");
        assertThat(againAsJson.json().get("created").asBoolean()).isFalse();
        assertThat(againAsJson.json().get("task_count").asInt()).isEqualTo(26);
    }

    @Test
    void dry_run_reports_what_would_be_stored_and_stores_nothing() {
        ObjectNode document = (ObjectNode) Json.parse(new String(Fixtures.curriculum(PYTHON)));
        document.put("project_id", "python-dry-run");
        Path file = Cli.write(dir.resolve("dry-run.json"), Json.utf8(Json.write(document)));

        Result text = ltt.run("ingest", file.toString(), "--dry-run");
        Result json = ltt.run("ingest", file.toString(), "--dry-run", "--json");

        assertThat(text.exitCode()).as(text.toString()).isZero();
        assertThat(text.out()).startsWith("would store: python-dry-run version 1");
        assertThat(json.json().get("dry_run").asBoolean()).isTrue();
        assertThat(json.json().get("created").asBoolean()).isFalse();
        assertThat(json.json().get("task_count").asInt()).isEqualTo(26);
        assertThat(projectIds(ltt.run("projects", "--all-versions", "--json"))).doesNotContain("python-dry-run");
    }

    @Test
    void an_invalid_document_exits_3_with_every_problem_and_its_json_path_on_stderr() {
        Path file = Cli.write(
                dir.resolve("invalid.json"), Json.utf8("{\"title\": 5, \"epics\": [{\"description\": \"no title\"}]}"));

        Result json = ltt.run("ingest", file.toString(), "--json");
        Result text = ltt.run("ingest", file.toString());

        assertThat(json.exitCode()).as(json.toString()).isEqualTo(3);
        assertThat(json.out()).isEmpty();
        JsonNode error = json.errJson();
        assertThat(error.get("code").asText()).isEqualTo("INVALID_INPUT");
        List<String> paths = new ArrayList<>();
        for (JsonNode e : error.get("errors")) {
            assertThat(fieldNames(e)).containsExactly("path", "message");
            paths.add(e.get("path").asText());
        }
        assertThat(paths).contains("title", "epics[0].title");

        assertThat(text.exitCode()).isEqualTo(3);
        assertThat(text.err())
                .startsWith("error: the curriculum has")
                .contains("nothing was stored")
                .contains("\n  title: ")
                .contains("\n  epics[0].title: ");
    }

    @Test
    void a_file_that_is_not_there_is_named_in_the_message() {
        Path missing = dir.resolve("no-such-curriculum.json");

        Result result = ltt.run("ingest", missing.toString());

        assertThat(result.exitCode()).isEqualTo(3);
        assertThat(result.err().strip()).isEqualTo("error: there is no file " + missing + ": check the path");
        assertThat(result.out()).isEmpty();
    }

    @Test
    void projects_lists_each_project_with_its_node_and_leaf_counts() {
        Result json = ltt.run("projects", "--json");
        Result text = ltt.run("projects");

        assertThat(json.exitCode()).as(json.toString()).isZero();
        Map<String, JsonNode> bySlug = new TreeMap<>();
        json.json().forEach(p -> bySlug.put(p.get("project_id").asText(), p));
        assertThat(bySlug).containsOnlyKeys(MAJI_NDOGO, PYTHON);
        assertThat(counts(bySlug.get(MAJI_NDOGO))).containsExactly(3, 54, 32);
        assertThat(counts(bySlug.get(PYTHON))).containsExactly(1, 26, 13);

        assertThat(text.out())
                .startsWith("SLUG")
                .contains("maji-ndogo-part1-v3")
                .contains("python-fundamentals");
    }

    @Test
    void what_one_command_stored_is_there_for_the_next_after_its_server_stopped() {
        Path data = dir.resolve("data");
        assertThat(data.resolve("owner.properties"))
                .as("no server is left running")
                .doesNotExist();
        assertThat(data.resolve("pg/postmaster.pid"))
                .as("PostgreSQL was stopped")
                .doesNotExist();

        Result projects = ltt.run("projects", "--json");

        assertThat(projectIds(projects)).containsExactly(MAJI_NDOGO, PYTHON);
    }

    @Test
    void export_prints_the_curriculum_as_it_was_ingested() {
        Result python = ltt.run("export", PYTHON);
        Result maji = ltt.run("export", MAJI_NDOGO);

        assertThat(python.exitCode()).as(python.toString()).isZero();
        assertThat(python.json()).isEqualTo(fixture(PYTHON));
        assertThat(maji.json()).isEqualTo(fixture(MAJI_NDOGO));
    }

    @Test
    void export_with_o_writes_the_document_to_the_file_and_nothing_to_stdout() throws Exception {
        Path file = dir.resolve("exported.json");

        Result result = ltt.run("export", PYTHON, "-o", file.toString());

        assertThat(result.exitCode()).as(result.toString()).isZero();
        assertThat(result.out()).isEmpty();
        assertThat(Json.parse(Files.readString(file))).isEqualTo(fixture(PYTHON));
    }

    @Test
    void export_of_a_named_version_gives_that_version_or_exits_4() {
        Result three = ltt.run("export", MAJI_NDOGO, "--version", "3");
        Result two = ltt.run("export", MAJI_NDOGO, "--version", "2");

        assertThat(three.exitCode()).isZero();
        assertThat(three.json()).isEqualTo(fixture(MAJI_NDOGO));
        assertThat(two.exitCode()).isEqualTo(4);
        assertThat(two.err()).contains("no project maji-ndogo-part1-v3 version 2");
    }

    @Test
    void export_of_an_unknown_slug_exits_4_and_says_how_to_list_the_projects() {
        Result text = ltt.run("export", "no-such-project");
        Result json = ltt.run("export", "no-such-project", "--json");

        assertThat(text.exitCode()).isEqualTo(4);
        assertThat(text.out()).isEmpty();
        assertThat(text.err()).startsWith("error: no project no-such-project").contains("ltt projects");
        assertThat(json.exitCode()).isEqualTo(4);
        assertThat(json.errJson().get("code").asText()).isEqualTo("NOT_FOUND");
    }

    private static JsonNode fixture(String slug) {
        return Json.parse(new String(Fixtures.curriculum(slug), java.nio.charset.StandardCharsets.UTF_8));
    }

    private static List<Integer> counts(JsonNode project) {
        return List.of(
                project.get("version").asInt(),
                project.get("task_count").asInt(),
                project.get("leaf_count").asInt());
    }

    private static List<String> projectIds(Result projects) {
        assertThat(projects.exitCode()).as(projects.toString()).isZero();
        List<String> ids = new ArrayList<>();
        projects.json().forEach(p -> ids.add(p.get("project_id").asText()));
        return ids;
    }

    private static List<String> fieldNames(JsonNode node) {
        List<String> names = new ArrayList<>();
        node.fieldNames().forEachRemaining(names::add);
        return names;
    }
}
