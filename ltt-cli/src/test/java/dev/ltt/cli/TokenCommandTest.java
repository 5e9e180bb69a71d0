package dev.ltt.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import dev.ltt.Ltt;
import dev.ltt.access.Principal;
import dev.ltt.access.Role;
import dev.ltt.db.Database;
import dev.ltt.db.DatabaseSettings;
import dev.ltt.json.Json;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;

/** {@code ltt token admin | learner | instructor}, run in this JVM on a temporary data dir. */
class TokenCommandTest {
    @TempDir
    Path data;

    record Run(int exit, String out, String err) {}

    Run ltt(String... args) {
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        CommandLine cli = Main.commandLine().setOut(new PrintWriter(out)).setErr(new PrintWriter(err));
        String[] withDataDir = new String[args.length + 2];
        System.arraycopy(args, 0, withDataDir, 0, args.length);
        withDataDir[args.length] = "--data-dir";
        withDataDir[args.length + 1] = data.toString();
        return new Run(cli.execute(withDataDir), out.toString(), err.toString());
    }

    @Test
    void token_admin_prints_the_token_kept_in_the_data_dir_creating_it_once() throws Exception {
        Run first = ltt("token", "admin");
        assertThat(first.exit()).as(first.err()).isZero();
        String token = first.out().strip();
        assertThat(token).startsWith("ltt_").doesNotContain("\n");
        assertThat(Files.readString(data.resolve("admin-token")).strip()).isEqualTo(token);

        JsonNode json = Json.parse(ltt("token", "admin", "--json").out());
        assertThat(json.get("token").asText()).isEqualTo(token);
        assertThat(json.get("source").asText()).endsWith("admin-token");
    }

    @Test
    void learner_and_instructor_tokens_authenticate_as_who_they_name() {
        Run missing = ltt("token", "learner", "ada");
        assertThat(missing.exit()).isEqualTo(ErrorReporter.NOT_FOUND);
        assertThat(missing.err()).contains("no learner ada");
        assertThat(ltt("learner", "create", "--id", "ada").exit()).isZero();
        Run learner = ltt("token", "learner", "ada", "--valid-for-minutes", "60", "--json");
        assertThat(learner.exit()).as(learner.err()).isZero();
        JsonNode json = Json.parse(learner.out());
        assertThat(json.get("learner_id").asText()).isEqualTo("ada");
        String instructor = ltt("token", "instructor", "grace").out().strip();

        try (Ltt ltt = new Ltt(Database.open(DatabaseSettings.fromEnvironment(Map.of(), data, 2)))) {
            assertThat(ltt.use().authenticate.principal(json.get("token").asText()))
                    .contains(Principal.learner("ada"));
            Optional<Principal> grace = ltt.use().authenticate.principal(instructor);
            assertThat(grace).map(Principal::role).contains(Role.INSTRUCTOR);
            assertThat(grace.get().name()).isEqualTo("instructor:grace");
        }
    }

    @Test
    void a_validity_out_of_range_is_refused_before_the_database_is_opened() {
        Run run = ltt("token", "learner", "ada", "--valid-for-minutes", "0");
        assertThat(run.exit()).isEqualTo(ErrorReporter.INVALID_INPUT);
        assertThat(run.err()).contains("--valid-for-minutes must be from 1 to 525600");
        assertThat(data.resolve("pg")).doesNotExist();
    }

    @Test
    void token_list_shows_ids_and_holders_but_no_token_and_token_revoke_makes_it_invalid() {
        assertThat(ltt("token", "list").out()).contains("no tokens issued yet");
        assertThat(ltt("learner", "create", "--id", "ada").exit()).isZero();
        String token = ltt("token", "learner", "ada").out().strip();
        ltt("token", "instructor", "grace");

        Run text = ltt("token", "list");
        assertThat(text.exit()).as(text.err()).isZero();
        assertThat(text.out())
                .contains("ID", "ROLE", "LAST USED", "learner", "ada", "instructor", "grace")
                .doesNotContain(token);
        JsonNode json = Json.parse(ltt("token", "list", "--json").out());
        assertThat(json).hasSize(2);
        JsonNode ada = json.get(1);
        assertThat(ada.get("learner_id").asText()).isEqualTo("ada");
        assertThat(json.toString()).doesNotContain(token);

        Run revoke = ltt("token", "revoke", ada.get("id").asText());
        assertThat(revoke.exit()).as(revoke.err()).isZero();
        assertThat(revoke.out()).contains("revoked token " + ada.get("id").asText(), "learner ada");
        assertThat(Json.parse(ltt("token", "list", "--json").out())).hasSize(1);
        Run again = ltt("token", "revoke", ada.get("id").asText());
        assertThat(again.exit()).isEqualTo(ErrorReporter.NOT_FOUND);
        assertThat(again.err()).contains("no token " + ada.get("id").asText());
        try (Ltt ltt = new Ltt(Database.open(DatabaseSettings.fromEnvironment(Map.of(), data, 2)))) {
            assertThat(ltt.use().authenticate.principal(token)).isEmpty();
        }
    }
}
