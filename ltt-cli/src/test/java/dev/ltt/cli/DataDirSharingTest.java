package dev.ltt.cli;

import static dev.ltt.testing.Fixtures.MAJI_NDOGO;
import static dev.ltt.testing.Fixtures.PYTHON;
import static org.assertj.core.api.Assertions.assertThat;

import dev.ltt.cli.Cli.Result;
import dev.ltt.db.Database;
import dev.ltt.db.DatabaseSettings;
import java.io.IOException;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Several processes on one data dir, for real: child JVMs hold or use the embedded PostgreSQL while commands
 * run in this JVM. A command joins a long-lived (SERVER) owner, waits for a short-lived (COMMAND) one, and
 * never starts a second server on the same files. All tests share one data dir; each leaves it unowned.
 */
class DataDirSharingTest {
    private static final Duration START = Duration.ofSeconds(90);
    private static final Duration STILL_WAITING = Duration.ofMillis(1500);

    @TempDir
    static Path dir;

    static Path data;
    static Cli ltt;
    static ExecutorService background;

    @BeforeAll
    static void setUp() {
        data = dir.resolve("data");
        ltt = new Cli(data);
        background = Executors.newSingleThreadExecutor();
    }

    @AfterAll
    static void tearDown() {
        background.shutdownNow();
    }

    @Test
    void commands_join_a_server_role_owner_in_another_process_instead_of_starting_a_second_server() throws Exception {
        Path python = Cli.fixtureFile(dir, PYTHON);
        try (ChildJvm server = ChildJvm.start(dir, HoldDataDir.class, "SERVER", data.toString())) {
            server.awaitLine("READY", START);
            assertThat(owner())
                    .containsEntry("pid", Long.toString(server.pid()))
                    .containsEntry("role", "SERVER");
            String postmaster = postmasterPid();

            Result projects = ltt.run("projects", "--json");
            Result ingest = ltt.run("ingest", python.toString(), "--json");
            Result after = ltt.run("projects", "--json");

            assertThat(projects.exitCode()).as(projects + server.describe()).isZero();
            assertThat(ingest.exitCode()).as(ingest + server.describe()).isZero();
            assertThat(slugs(after)).contains(PYTHON);
            assertThat(owner())
                    .as("the child still owns the data dir")
                    .containsEntry("pid", Long.toString(server.pid()));
            assertThat(postmasterPid())
                    .as("the same PostgreSQL served every command")
                    .isEqualTo(postmaster);

            server.closeStdin();
            assertThat(server.awaitExit(START)).as(server.describe()).isZero();
        }
        assertThat(data.resolve("owner.properties")).doesNotExist();

        Result afterServerStopped = ltt.run("projects", "--json");

        assertThat(afterServerStopped.exitCode())
                .as(afterServerStopped.toString())
                .isZero();
        assertThat(slugs(afterServerStopped))
                .as("what was stored through the joined server is kept")
                .contains(PYTHON);
        assertThat(data.resolve("owner.properties")).doesNotExist();
    }

    @Test
    void a_command_waits_for_a_command_role_owner_in_another_process_to_finish_then_runs() throws Exception {
        Path maji = Cli.fixtureFile(dir, MAJI_NDOGO);
        try (ChildJvm command = ChildJvm.start(dir, HoldDataDir.class, "COMMAND", data.toString())) {
            command.awaitLine("READY", START);

            Future<Result> ingest = background.submit(() -> ltt.run("ingest", maji.toString(), "--json"));

            assertThat(waitFor(ingest, STILL_WAITING))
                    .as("the ingest waits while the other command runs")
                    .isNull();
            command.closeStdin();
            assertThat(command.awaitExit(START)).as(command.describe()).isZero();
            Result result = waitFor(ingest, START);
            assertThat(result)
                    .as("the ingest finished once the other command was done")
                    .isNotNull();
            assertThat(result.exitCode()).as(result.toString()).isZero();
            assertThat(result.json().get("task_count").asInt()).isEqualTo(54);
        }
    }

    @Test
    void two_ltt_commands_in_two_processes_at_once_both_succeed() throws Exception {
        Path maji = Cli.fixtureFile(dir, MAJI_NDOGO);
        Path python = Cli.fixtureFile(dir, PYTHON);
        try (ChildJvm other =
                ChildJvm.start(dir, Main.class, "ingest", maji.toString(), "--data-dir", data.toString())) {
            Result here = ltt.run("ingest", python.toString());

            assertThat(other.awaitExit(START)).as(other.describe()).isZero();
            assertThat(other.awaitLine("", Duration.ofSeconds(5))).contains("maji-ndogo-part1-v3 version 3");
            assertThat(here.exitCode()).as(here.toString()).isZero();
        }
        assertThat(slugs(ltt.run("projects", "--json"))).contains(MAJI_NDOGO, PYTHON);
    }

    @Test
    void a_second_command_in_the_same_jvm_waits_and_leaves_the_data_dir_locked_meanwhile() throws Exception {
        Database held = Database.open(DatabaseSettings.fromEnvironment(Map.of(), data, 2));
        Future<Result> projects;
        try {
            projects = background.submit(() -> ltt.run("projects", "--json"));

            assertThat(waitFor(projects, STILL_WAITING))
                    .as("the second command waits for the first")
                    .isNull();
            try (ChildJvm probe = ChildJvm.start(dir, LockProbe.class, data.toString())) {
                assertThat(probe.awaitLine("", START))
                        .as("another process still sees the lock held")
                        .isEqualTo("held");
            }
        } finally {
            held.close();
        }
        Result result = waitFor(projects, START);
        assertThat(result).isNotNull();
        assertThat(result.exitCode()).as(result.toString()).isZero();
    }

    /** The result if the command finished within the time, else null (it is still running). */
    private static Result waitFor(Future<Result> command, Duration timeout) throws Exception {
        try {
            return command.get(timeout.toMillis(), TimeUnit.MILLISECONDS);
        } catch (java.util.concurrent.TimeoutException e) {
            return null;
        }
    }

    private static Map<String, String> owner() throws IOException {
        Properties p = new Properties();
        try (Reader reader = Files.newBufferedReader(data.resolve("owner.properties"))) {
            p.load(reader);
        }
        Map<String, String> owner = new java.util.TreeMap<>();
        p.stringPropertyNames().forEach(k -> owner.put(k, p.getProperty(k)));
        return owner;
    }

    private static String postmasterPid() throws IOException {
        return Files.readAllLines(data.resolve("pg/postmaster.pid"), StandardCharsets.UTF_8)
                .get(0)
                .strip();
    }

    private static List<String> slugs(Result projects) {
        assertThat(projects.exitCode()).as(projects.toString()).isZero();
        List<String> slugs = new ArrayList<>();
        projects.json().forEach(p -> slugs.add(p.get("project_id").asText()));
        return slugs;
    }
}
