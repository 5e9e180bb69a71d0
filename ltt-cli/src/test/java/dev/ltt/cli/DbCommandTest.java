package dev.ltt.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import dev.ltt.cli.Cli.Result;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

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
        List<String> pending = states(before.json());
        assertThat(pending).startsWith("1 Pending", "2 Pending", "3 Pending").allMatch(s -> s.endsWith(" Pending"));
        assertThat(migrate.exitCode()).as(migrate.toString()).isZero();
        assertThat(migrate.json().get("applied").asInt()).isEqualTo(pending.size());
        List<String> applied =
                pending.stream().map(s -> s.replace("Pending", "Success")).toList();
        assertThat(states(migrate.json().get("migrations"))).isEqualTo(applied);
        assertThat(again.out().strip()).isEqualTo("the schema is up to date");
        assertThat(states(after.json())).isEqualTo(applied);
        assertThat(afterAsText.out()).contains("template").contains("instance").contains("Success");
    }

    private static List<String> states(JsonNode migrations) {
        List<String> states = new ArrayList<>();
        migrations.forEach(
                m -> states.add(m.get("version").asText() + " " + m.get("state").asText()));
        return states;
    }
}
