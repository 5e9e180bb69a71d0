package dev.ltt.cli;

import com.fasterxml.jackson.databind.JsonNode;
import dev.ltt.cli.Cli.Result;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/** {@code ltt db status} and {@code ltt db migrate}, from a data dir that does not exist yet. */
class DbCommandTest {
    @TempDir
    Path dir;

    @Test
    void status_shows_pending_migrations_until_migrate_applies_them_once() {
        Cli ltt = new Cli(dir.resolve("fresh"));

        Result before = ltt.run("db", "status", "--json");
        Result migrate = ltt.run("db", "migrate", "--json");
        Result again = ltt.run("db", "migrate");
        Result after = ltt.run("db", "status", "--json");
        Result afterAsText = ltt.run("db", "status");

        assertThat(before.exitCode()).as(before.toString()).isZero();
        assertThat(states(before.json())).containsExactly("1 Pending", "2 Pending");
        assertThat(migrate.exitCode()).as(migrate.toString()).isZero();
        assertThat(migrate.json().get("applied").asInt()).isEqualTo(2);
        assertThat(states(migrate.json().get("migrations"))).containsExactly("1 Success", "2 Success");
        assertThat(again.out().strip()).isEqualTo("the schema is up to date");
        assertThat(states(after.json())).containsExactly("1 Success", "2 Success");
        assertThat(afterAsText.out()).contains("template").contains("instance").contains("Success");
    }

    private static List<String> states(JsonNode migrations) {
        List<String> states = new ArrayList<>();
        migrations.forEach(m -> states.add(m.get("version").asText() + " " + m.get("state").asText()));
        return states;
    }
}
