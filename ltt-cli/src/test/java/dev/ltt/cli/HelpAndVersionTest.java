package dev.ltt.cli;

import static org.assertj.core.api.Assertions.assertThat;

import dev.ltt.cli.Cli.Result;
import org.junit.jupiter.api.Test;

/** What {@code ltt} says about itself; none of this touches a database. */
class HelpAndVersionTest {

    @Test
    void help_lists_every_command_and_the_exit_codes() {
        Result help = Cli.runExactly("--help");

        assertThat(help.exitCode()).isZero();
        assertThat(help.out())
                .contains("Usage: ltt")
                .contains("ingest", "export", "projects", "learner", "db", "help")
                .contains("Exit codes: 0 ok");
    }

    @Test
    void ltt_alone_prints_the_usage() {
        Result bare = Cli.runExactly();

        assertThat(bare.exitCode()).isZero();
        assertThat(bare.out()).contains("Usage: ltt").contains("ingest");
    }

    @Test
    void help_of_a_command_describes_its_options() {
        Result help = Cli.runExactly("help", "ingest");

        assertThat(help.exitCode()).isZero();
        assertThat(help.out())
                .contains("Usage: ltt ingest")
                .contains("--dry-run")
                .contains("--data-dir")
                .contains("--json");
    }

    @Test
    void version_prints_the_program_name_and_version() {
        Result version = Cli.runExactly("--version");

        assertThat(version.exitCode()).isZero();
        assertThat(version.out()).startsWith("ltt ");
    }

    @Test
    void an_unknown_command_exits_2_and_says_so_on_stderr() {
        Result unknown = Cli.runExactly("frobnicate");

        assertThat(unknown.exitCode()).isEqualTo(2);
        assertThat(unknown.err()).contains("Unmatched argument").contains("frobnicate");
        assertThat(unknown.out()).isEmpty();
    }
}
