package dev.ltt.server.mcp;

import dev.ltt.server.tools.Caller;
import dev.ltt.server.tools.ToolCatalog;
import io.modelcontextprotocol.json.McpJsonDefaults;
import io.modelcontextprotocol.server.McpServer;
import io.modelcontextprotocol.server.McpSyncServer;
import io.modelcontextprotocol.server.transport.StdioServerTransportProvider;
import java.io.FilterInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.util.Optional;
import java.util.concurrent.CountDownLatch;

/**
 * An MCP server on a pair of streams (the process's stdin and stdout), bound to one learner for its whole
 * life. It serves until its input ends: the client closing stdin is the end of the session. Replies still
 * being computed when the input ends are dropped by the SDK, so a client reads its replies before closing.
 */
public final class StdioMcpServer implements AutoCloseable {
    private final McpSyncServer server;
    private final CountDownLatch inputEnded;

    private StdioMcpServer(McpSyncServer server, CountDownLatch inputEnded) {
        this.server = server;
        this.inputEnded = inputEnded;
    }

    /** Starts serving {@code catalog} for {@code caller}: JSON-RPC lines in from {@code in}, out to {@code out}. */
    public static StdioMcpServer start(ToolCatalog catalog, Caller caller, InputStream in, OutputStream out) {
        CountDownLatch ended = new CountDownLatch(1);
        StdioServerTransportProvider transport =
                new StdioServerTransportProvider(McpJsonDefaults.getMapper(), new EndAware(in, ended), out);
        McpSyncServer server = McpTools.server(McpServer.sync(transport), catalog, exchange -> Optional.of(caller));
        return new StdioMcpServer(server, ended);
    }

    /** Blocks until the client closes the input (or it fails). */
    public void awaitEndOfInput() throws InterruptedException {
        inputEnded.await();
    }

    @Override
    public void close() {
        server.closeGracefully();
    }

    /** Signals when the stream it wraps reaches its end or fails. */
    private static final class EndAware extends FilterInputStream {
        private final CountDownLatch ended;

        EndAware(InputStream in, CountDownLatch ended) {
            super(in);
            this.ended = ended;
        }

        @Override
        public int read() throws IOException {
            return observed(() -> super.read());
        }

        @Override
        public int read(byte[] b, int off, int len) throws IOException {
            return observed(() -> super.read(b, off, len));
        }

        private int observed(IoRead read) throws IOException {
            try {
                int n = read.run();
                if (n < 0) ended.countDown();
                return n;
            } catch (IOException e) {
                ended.countDown();
                throw e;
            }
        }

        @FunctionalInterface
        private interface IoRead {
            int run() throws IOException;
        }
    }
}
