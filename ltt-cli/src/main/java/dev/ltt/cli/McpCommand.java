package dev.ltt.cli;

import dev.ltt.Ltt;
import dev.ltt.db.EmbeddedServer;
import dev.ltt.error.NotFoundException;
import dev.ltt.server.mcp.StdioMcpServer;
import dev.ltt.server.tools.Caller;
import dev.ltt.server.tools.ToolCatalog;
import java.io.PrintStream;
import java.util.concurrent.Callable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/**
 * {@code ltt mcp --learner ID}: an MCP server on stdin/stdout for one learner, until the client closes stdin.
 * Stdout carries the protocol and nothing else: everything this process would print goes to stderr. It holds
 * the embedded database like {@code ltt serve} does, so other commands on the same data dir join it.
 */
@Command(
        name = "mcp",
        mixinStandardHelpOptions = true,
        description = {
            "An MCP server on stdio for an AI agent, bound to one learner.",
            "The agent gets the LTT tools (list_projects, get_ready, show_task, get_context, start_task, submit, complete_task, go_back, "
                    + "add_comment, get_comments, request_help, get_progress) and acts for that learner only.",
            "Stdout is the protocol; logs go to stderr. Configure it in an MCP client as the command "
                    + "'ltt mcp --learner ID [--data-dir DIR]'.",
            "While 'ltt serve' runs on the same data dir, connect the client to its /mcp URL with a learner's "
                    + "token instead."
        },
        footer = {"", "See docs/mcp.md for client configuration, the tools and their error codes."})
final class McpCommand implements Callable<Integer> {
    private static final Logger log = LoggerFactory.getLogger(McpCommand.class);

    @Mixin
    CommonOptions options;

    @Option(
            names = "--learner",
            required = true,
            paramLabel = "ID",
            description = "The learner the tools act for (create one with 'ltt learner create --id ID').")
    String learner;

    @Override
    public Integer call() throws InterruptedException {
        PrintStream protocol = System.out;
        System.setOut(System.err); // a stray print must not corrupt the protocol
        EmbeddedServer.declareRole(EmbeddedServer.Role.SERVER); // long-lived: other commands join, not wait
        try (Ltt ltt = Engine.open(options)) {
            requireLearner(ltt);
            try (StdioMcpServer server =
                    StdioMcpServer.start(new ToolCatalog(ltt.use()), Caller.learner(learner), System.in, protocol)) {
                log.info("MCP server on stdio for learner {}; close stdin to stop", learner);
                server.awaitEndOfInput();
            }
        } finally {
            EmbeddedServer.declareRole(EmbeddedServer.Role.COMMAND);
            System.setOut(protocol);
        }
        return 0;
    }

    private void requireLearner(Ltt ltt) {
        try {
            ltt.use().listHelpRequests.list(learner, 1); // reads the learner's row; NOT_FOUND when there is none
        } catch (NotFoundException e) {
            throw new NotFoundException("no learner " + learner + ": create it first with 'ltt learner create --id "
                    + learner + "' (with the same --data-dir)");
        }
    }
}
