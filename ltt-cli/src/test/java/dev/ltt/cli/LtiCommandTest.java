package dev.ltt.cli;

import static org.assertj.core.api.Assertions.assertThat;

import dev.ltt.cli.Cli.Result;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code ltt lti register|list|remove|rotate-key} on one data dir. */
class LtiCommandTest {
    @TempDir
    static Path dir;

    @Test
    void a_platform_is_registered_listed_refused_twice_and_removed_and_the_key_rotates() {
        Cli ltt = new Cli(dir);
        String[] register = {
            "lti",
            "register",
            "--issuer",
            "https://moodle.example",
            "--client-id",
            "abc",
            "--auth-url",
            "https://moodle.example/mod/lti/auth.php",
            "--token-url",
            "https://moodle.example/mod/lti/token.php",
            "--jwks-url",
            "https://moodle.example/mod/lti/certs.php",
            "--deployment",
            "7"
        };
        Result created = ltt.run(register);
        assertThat(created.exitCode()).as(created.toString()).isZero();
        assertThat(created.out()).contains("registered https://moodle.example (client_id abc) as registration");
        Result again = ltt.run(register);
        assertThat(again.exitCode()).as(again.toString()).isEqualTo(5);
        Result list = ltt.run("lti", "list", "--json");
        assertThat(list.exitCode()).as(list.toString()).isZero();
        assertThat(list.json().get(0).get("deployment_ids").get(0).asText()).isEqualTo("7");
        long id = list.json().get(0).get("id").asLong();
        Result bad = ltt.run(
                "lti",
                "register",
                "--issuer",
                "x",
                "--client-id",
                "c",
                "--auth-url",
                "nope",
                "--token-url",
                "https://t.example/t",
                "--jwks-url",
                "https://t.example/j");
        assertThat(bad.exitCode()).as(bad.toString()).isEqualTo(3);
        assertThat(bad.err()).contains("authorization_endpoint");

        Result added = ltt.run("lti", "add-deployment", Long.toString(id), "8");
        assertThat(added.exitCode()).as(added.toString()).isZero();
        assertThat(added.out()).contains("accepts deployments 7, 8");

        Result rotated = ltt.run("lti", "rotate-key");
        assertThat(rotated.exitCode()).as(rotated.toString()).isZero();
        assertThat(rotated.out()).contains("the tool now signs with key");

        Result removed = ltt.run("lti", "remove", Long.toString(id));
        assertThat(removed.exitCode()).as(removed.toString()).isZero();
        assertThat(ltt.run("lti", "list").out()).contains("no platforms registered");
        assertThat(ltt.run("lti", "remove", Long.toString(id)).exitCode()).isEqualTo(4);
    }
}
