package dev.ltt.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import dev.ltt.server.testing.McpAgent;
import dev.ltt.testing.Fixtures;
import dev.ltt.testing.MiniCurriculum;
import io.modelcontextprotocol.client.McpClient;
import io.modelcontextprotocol.client.McpSyncClient;
import io.modelcontextprotocol.client.transport.ServerParameters;
import io.modelcontextprotocol.client.transport.StdioClientTransport;
import io.modelcontextprotocol.json.McpJsonDefaults;
import io.modelcontextprotocol.spec.McpSchema;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * {@code ltt mcp} as an MCP client runs it: a child process spoken to over stdin/stdout by the SDK's own
 * client. The data dir is prepared in-process first (ingest, learner create), and released before the child
 * starts, so the child owns the embedded database itself.
 */
class McpCommandTest {
    static Path dataDir;

    @BeforeAll
    static void prepare() throws IOException {
        dataDir = Files.createTempDirectory("ltt-mcp-test");
        Path mini = dataDir.resolve("mini.json");
        Files.write(mini, MiniCurriculum.document());
        Path python = dataDir.resolve("python.json");
        Files.write(python, Fixtures.curriculum(Fixtures.PYTHON));
        assertThat(Main.run("ingest", mini.toString(), "--data-dir", db())).isZero();
        assertThat(Main.run("ingest", python.toString(), "--data-dir", db())).isZero();
        for (String learner : List.of("ada", "bea", "cyd")) {
            assertThat(Main.run("learner", "create", "--id", learner, "--data-dir", db()))
                    .isZero();
        }
    }

    @AfterAll
    static void removeDataDir() {
        // the last child's database may still be writing its files as it stops: delete until nothing is left
        await().atMost(Duration.ofSeconds(30)).ignoreExceptions().until(() -> {
            try (Stream<Path> files = Files.walk(dataDir)) {
                files.sorted(Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
            }
            return !Files.exists(dataDir);
        });
    }

    @Test
    void an_agent_on_stdio_lists_the_tools_and_walks_a_curriculum_to_the_end() {
        List<String> stderr = new CopyOnWriteArrayList<>();
        try (Child child = spawn("ada", stderr)) {
            List<McpSchema.Tool> tools = child.client().listTools().tools();
            assertThat(tools).extracting(McpSchema.Tool::name).containsExactlyElementsOf(McpAgent.TOOL_NAMES);
            assertThat(tools).allSatisfy(tool -> assertThat(tool.inputSchema()).containsEntry("type", "object"));

            McpAgent agent = new McpAgent(child.client());
            assertThat(agent.walkToTheEnd(MiniCurriculum.SLUG)).hasSize(4);
            Map<String, Object> progress = agent.ok("get_progress", "project_id", MiniCurriculum.SLUG);
            assertThat(progress.get("completed"))
                    .isEqualTo(progress.get("total"))
                    .isEqualTo(4);
        }
        assertThat(stderr).anyMatch(line -> line.contains("MCP server on stdio for learner ada"));
    }

    @Test
    void tool_errors_on_stdio_are_error_results_with_their_code() {
        try (Child child = spawn("bea", new CopyOnWriteArrayList<>())) {
            McpAgent agent = new McpAgent(child.client());
            assertThat(agent.error("show_task", "task_id", "mini@v1.7")).isEqualTo("NOT_FOUND");
            assertThat(agent.error("start_task", "task_id", MiniCurriculum.B)).isEqualTo("BLOCKED");
            agent.ok("submit", "task_id", MiniCurriculum.A, "content", "done");
            assertThat(agent.error("submit", "task_id", MiniCurriculum.A, "content", "again"))
                    .isEqualTo("INVALID_STATE");
            assertThat(agent.error("get_ready", "project_id", "mini", "limit", "five"))
                    .isEqualTo("INVALID_INPUT");
        }
    }

    @Test
    void an_agent_on_stdio_walks_python_fundamentals_to_the_end() {
        try (Child child = spawn("cyd", new CopyOnWriteArrayList<>())) {
            McpAgent agent = new McpAgent(child.client());
            assertThat(agent.walkToTheEnd(Fixtures.PYTHON)).isNotEmpty();
            Map<String, Object> progress = agent.ok("get_progress", "project_id", Fixtures.PYTHON);
            assertThat(progress.get("completed")).isEqualTo(progress.get("total"));
        }
    }

    @Test
    void an_unknown_learner_is_refused_at_start_with_what_to_do() {
        PrintStream err = System.err;
        ByteArrayOutputStream captured = new ByteArrayOutputStream();
        System.setErr(new PrintStream(captured, true, StandardCharsets.UTF_8));
        int exit;
        try {
            exit = Main.run("mcp", "--learner", "nobody", "--data-dir", db());
        } finally {
            System.setErr(err);
        }
        assertThat(exit).as(captured.toString(StandardCharsets.UTF_8)).isEqualTo(ErrorReporter.NOT_FOUND);
        assertThat(captured.toString(StandardCharsets.UTF_8)).contains("no learner nobody", "ltt learner create");
    }

    /** The child process's client; closing it ends the child and waits until it has exited. */
    record Child(McpSyncClient client) implements AutoCloseable {
        @Override
        public void close() {
            assertThat(client.closeGracefully()).as("the child stopped in time").isTrue();
        }
    }

    private static Child spawn(String learner, List<String> stderr) {
        return spawn(db(), learner, stderr);
    }

    /** {@code ltt mcp --learner LEARNER --data-dir DATA_DIR} in a child JVM, spoken to by the SDK's client. */
    static Child spawn(String dataDir, String learner, List<String> stderr) {
        String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
        String classpath = System.getProperty("surefire.test.class.path", System.getProperty("java.class.path"));
        ServerParameters command = ServerParameters.builder(java)
                .args("-cp", classpath, Main.class.getName(), "mcp", "--learner", learner, "--data-dir", dataDir)
                .build();
        StdioClientTransport transport = new StdioClientTransport(command, McpJsonDefaults.getMapper());
        transport.setStdErrorHandler(stderr::add);
        McpSyncClient client = McpClient.sync(transport)
                .requestTimeout(Duration.ofSeconds(60))
                .initializationTimeout(Duration.ofSeconds(120))
                .build();
        client.initialize();
        return new Child(client);
    }

    private static String db() {
        return dataDir.resolve("db").toString();
    }
}
