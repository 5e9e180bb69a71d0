package dev.ltt.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import dev.ltt.cli.Cli.Result;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code ltt learner create} and {@code ltt learner list} on one data dir. */
class LearnerCommandTest {
    @TempDir
    static Path dir;

    static Cli ltt;
    static Result createdAda;

    @BeforeAll
    static void create_ada() {
        ltt = new Cli(dir);
        createdAda = ltt.run("learner", "create", "--id", "ada", "--name", "Ada");
    }

    @Test
    void create_says_which_learner_it_created() {
        assertThat(createdAda.exitCode()).as(createdAda.toString()).isZero();
        assertThat(createdAda.out().strip()).isEqualTo("created learner ada (Ada)");
    }

    @Test
    void list_with_json_shows_the_learner() {
        Result list = ltt.run("learner", "list", "--json");

        assertThat(list.exitCode()).as(list.toString()).isZero();
        JsonNode ada = find(list.json(), "ada");
        assertThat(ada).as(list.out()).isNotNull();
        assertThat(ada.get("name").asText()).isEqualTo("Ada");
        assertThat(ada.has("email")).isTrue();
    }

    @Test
    void creating_a_learner_with_a_taken_id_exits_5() {
        Result again = ltt.run("learner", "create", "--id", "ada", "--name", "Another Ada");

        assertThat(again.exitCode()).as(again.toString()).isEqualTo(5);
        assertThat(again.err())
                .startsWith("error: a learner with id ada already exists")
                .contains("choose another id");
        assertThat(find(ltt.run("learner", "list", "--json").json(), "ada")
                        .get("name")
                        .asText())
                .isEqualTo("Ada");
    }

    @Test
    void an_invalid_id_exits_3_and_names_the_field() {
        Result text = ltt.run("learner", "create", "--id", "not an id!");
        Result json = ltt.run("learner", "create", "--id", "-dash-first", "--json");

        assertThat(text.exitCode()).as(text.toString()).isEqualTo(3);
        assertThat(text.err()).contains("id: use 1 to 64 letters");
        assertThat(json.exitCode()).isEqualTo(3);
        assertThat(json.errJson().get("errors").get(0).get("path").asText()).isEqualTo("id");
    }

    @Test
    void without_an_id_a_learner_gets_a_generated_one() {
        Result created = ltt.run("learner", "create", "--name", "Grace", "--json");

        assertThat(created.exitCode()).as(created.toString()).isZero();
        String id = created.json().get("id").asText();
        assertThat(id).startsWith("learner-");
        assertThat(created.json().get("name").asText()).isEqualTo("Grace");
        assertThat(ids(ltt.run("learner", "list", "--json").json())).contains("ada", id);
    }

    private static JsonNode find(JsonNode learners, String id) {
        for (JsonNode l : learners) if (l.get("id").asText().equals(id)) return l;
        return null;
    }

    private static List<String> ids(JsonNode learners) {
        List<String> ids = new ArrayList<>();
        learners.forEach(l -> ids.add(l.get("id").asText()));
        return ids;
    }
}
