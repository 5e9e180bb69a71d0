package dev.ltt.cli;

import static org.assertj.core.api.Assertions.assertThat;

import dev.ltt.Ltt;
import dev.ltt.db.Database;
import dev.ltt.db.DatabaseSettings;
import dev.ltt.people.CreateLearner;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;

/** The README's commands stay true: each one parses, the command table names real options, examples run. */
class ReadmeTest {
    private static final Path README = Path.of("..", "README.md");
    private static final Pattern LTT_CALL = Pattern.compile("(?:^|\\$\\()\\./ltt ([^)#|>&]*)");
    private static final Pattern TABLE_COMMAND = Pattern.compile("^\\| `ltt ([^`]+)`(?: / `ltt ([^`]+)`)? \\|");

    @TempDir
    Path data;

    @Test
    void the_readme_gives_the_two_commands_and_ci_runs_the_test_one() throws IOException {
        String readme = Files.readString(README);
        assertThat(readme).contains("./ltt serve --demo").contains("mvn -B test");
        assertThat(Files.readString(Path.of("..", ".ci", "run"))).contains("\nmvn -B test\n");
    }

    @Test
    void every_ltt_command_in_a_code_block_parses() throws IOException {
        List<List<String>> calls = calls();
        assertThat(calls).hasSizeGreaterThanOrEqualTo(5);
        for (List<String> args : calls) {
            CommandLine.ParseResult parsed = Main.commandLine().parseArgs(args.toArray(String[]::new));
            assertThat(parsed.hasSubcommand()).as(String.join(" ", args)).isTrue();
        }
    }

    @Test
    void every_row_of_the_command_table_names_subcommands_and_options_that_exist() throws IOException {
        int rows = 0;
        for (String line : Files.readAllLines(README)) {
            Matcher m = TABLE_COMMAND.matcher(line);
            if (!m.find()) continue;
            for (int g = 1; g <= 2; g++) if (m.group(g) != null) checkUsage(m.group(g));
            rows++;
        }
        assertThat(rows).isGreaterThanOrEqualTo(10);
    }

    /** The examples, run in this JVM on a data dir prepared as the tour leaves it (demo data and ada). */
    @Test
    void the_example_commands_run_on_the_demo_data() throws IOException {
        try (Ltt ltt = new Ltt(Database.open(DatabaseSettings.fromEnvironment(Map.of(), data, 2)))) {
            Demo.prepare(ltt.use());
            ltt.use().createLearner.create(new CreateLearner.Command("ada", "Ada", null));
        }
        for (List<String> call : calls()) {
            if (call.get(0).equals("serve")) continue; // runs until stopped: ServeCommandTest covers it
            List<String> args = new ArrayList<>();
            for (int i = 0; i < call.size(); i++) {
                boolean output = i > 0 && call.get(i - 1).equals("-o");
                args.add(output ? data.resolve(call.get(i)).toString() : call.get(i));
            }
            args.addAll(List.of("--data-dir", data.toString()));
            StringWriter err = new StringWriter();
            int exit = Main.commandLine()
                    .setOut(new PrintWriter(new StringWriter()))
                    .setErr(new PrintWriter(err))
                    .execute(args.toArray(String[]::new));
            assertThat(exit).as("./ltt " + String.join(" ", call) + "\n" + err).isZero();
        }
    }

    /** Each {@code ./ltt ...} in a fenced code block, continuation lines joined, as arguments. */
    static List<List<String>> calls() throws IOException {
        List<List<String>> calls = new ArrayList<>();
        boolean inCode = false;
        String pending = "";
        for (String line : Files.readAllLines(README)) {
            if (line.startsWith("```")) {
                inCode = !inCode;
                continue;
            }
            if (!inCode) continue;
            if (line.endsWith("\\")) {
                pending += line.substring(0, line.length() - 1);
                continue;
            }
            String full = (pending + line).strip();
            pending = "";
            Matcher m = LTT_CALL.matcher(full.replaceFirst("^[A-Z_]+=", ""));
            while (m.find()) calls.add(words(m.group(1)));
        }
        return calls;
    }

    private static List<String> words(String text) {
        List<String> words = new ArrayList<>();
        Matcher m = Pattern.compile("'([^']*)'|\"([^\"]*)\"|(\\S+)").matcher(text);
        while (m.find()) words.add(m.group(1) != null ? m.group(1) : m.group(2) != null ? m.group(2) : m.group(3));
        return words;
    }

    /** {@code learner create [--id ID] [--name NAME]}: the subcommand path exists and has every --option. */
    private static void checkUsage(String usage) {
        List<String> words = words(usage.replaceAll("[\\[\\]]", " "));
        CommandLine command = Main.commandLine();
        assertThat(command.getSubcommands()).as(usage).containsKey(words.get(0));
        for (String word : words) {
            if (command.getSubcommands().containsKey(word)) {
                command = command.getSubcommands().get(word);
            } else if (word.startsWith("-")) {
                assertThat(command.getCommandSpec().findOption(word))
                        .as(usage + ": " + word)
                        .isNotNull();
            }
        }
    }
}
