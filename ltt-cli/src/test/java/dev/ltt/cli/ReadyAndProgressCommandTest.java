package dev.ltt.cli;

import static org.assertj.core.api.Assertions.assertThat;

import dev.ltt.cli.Cli.Result;
import dev.ltt.testing.Fixtures;
import java.nio.file.Path;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code ltt ready} and {@code ltt progress} for a learner on a real curriculum. */
class ReadyAndProgressCommandTest {
    @TempDir
    static Path dir;

    static Cli ltt;

    @BeforeAll
    static void prepare() {
        ltt = new Cli(dir);
        assertThat(ltt.run("ingest", Cli.fixtureFile(dir, Fixtures.MAJI_NDOGO).toString())
                        .exitCode())
                .isZero();
        assertThat(ltt.run("learner", "create", "--id", "ada").exitCode()).isZero();
    }

    @Test
    void ready_shows_the_first_subtask_for_a_new_learner_in_text_and_json() {
        Result text = ltt.run("ready", "ada", Fixtures.MAJI_NDOGO);
        assertThat(text.exitCode()).as(text.toString()).isZero();
        assertThat(text.out()).contains("1 ready").contains("Read President Naledi's message");

        Result json = ltt.run("ready", "ada", Fixtures.MAJI_NDOGO, "--json");
        assertThat(json.json().get("total_ready").asInt()).isEqualTo(1);
        assertThat(json.json().get("tasks").get(0).get("id").asText()).isEqualTo("maji-ndogo-part1-v3@v3.1.1.1");
    }

    @Test
    void progress_counts_leaves_epics_and_objectives() {
        Result json = ltt.run("progress", "ada", Fixtures.MAJI_NDOGO, "--json");
        assertThat(json.exitCode()).as(json.toString()).isZero();
        assertThat(json.json().get("total").asInt()).isEqualTo(32);
        assertThat(json.json().get("completed").asInt()).isZero();
        assertThat(json.json().get("epics")).hasSize(6);
        assertThat(json.json().get("objectives").get("total").asInt()).isEqualTo(64);
        assertThat(ltt.run("progress", "ada", Fixtures.MAJI_NDOGO).out()).contains("0 of 32 done");
    }

    @Test
    void an_unknown_learner_or_project_exits_4_with_a_message() {
        Result noLearner = ltt.run("ready", "nobody", Fixtures.MAJI_NDOGO);
        assertThat(noLearner.exitCode()).isEqualTo(4);
        assertThat(noLearner.err()).contains("no learner nobody");
        Result noProject = ltt.run("progress", "ada", "no-such-project", "--json");
        assertThat(noProject.exitCode()).isEqualTo(4);
        assertThat(noProject.errJson().get("code").asText()).isEqualTo("NOT_FOUND");
    }
}
