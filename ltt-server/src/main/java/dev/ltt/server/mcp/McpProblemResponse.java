package dev.ltt.server.mcp;

import com.fasterxml.jackson.databind.JsonNode;
import dev.ltt.json.Json;
import dev.ltt.server.http.Problem;
import io.javalin.http.HttpStatus;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpServletResponseWrapper;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;

/**
 * The MCP servlet's response, with its refusals rewritten as problem+json like every other error of the server.
 * The SDK's transport answers a bad request (no {@code Accept}, no or an unknown {@code Mcp-Session-Id}, a body
 * that is not a JSON-RPC message) either with {@code sendError} or with its {@code McpError} exception serialised
 * whole, stack trace included; both become a problem document here, with the SDK's message as the detail (a
 * 5xx says nothing of the internals). Successful answers (JSON, event streams, 202) pass through untouched.
 */
final class McpProblemResponse extends HttpServletResponseWrapper {
    /** How much of an oversized body is read and dropped before the 413, so the client reads it (as REST does). */
    private static final long DRAIN_LIMIT = 64L * 1024 * 1024;

    private static final String INTERNAL =
            "LTT could not finish this MCP request; it has been logged. Try again later.";
    private StringWriter errorBody;
    private int errorStatus;
    private boolean written;
    private final HttpServletRequest request;

    McpProblemResponse(HttpServletRequest request, HttpServletResponse response) {
        super(response);
        this.request = request;
    }

    /** Writes a problem document as the whole response. */
    static void write(HttpServletResponse out, int status, String code, String detail) throws IOException {
        Problem problem = Problem.of(status, code, detail, null, null);
        out.setStatus(status);
        out.setContentType(Problem.CONTENT_TYPE_UTF8);
        if (status == 401) out.setHeader("WWW-Authenticate", "Bearer realm=\"ltt\"");
        byte[] body = problem.bytes();
        out.setContentLength(body.length);
        out.getOutputStream().write(body);
    }

    @Override
    public void setStatus(int status) {
        super.setStatus(status);
        if (status >= 400) {
            errorStatus = status;
            errorBody = new StringWriter();
        }
    }

    @Override
    public PrintWriter getWriter() throws IOException {
        if (errorBody == null) return super.getWriter();
        return new PrintWriter(errorBody) {
            @Override
            public void flush() {
                super.flush();
                finish();
            }
        };
    }

    @Override
    public void sendError(int status) throws IOException {
        sendError(status, null);
    }

    @Override
    public void sendError(int status, String message) throws IOException {
        if (written || isCommitted()) return;
        written = true;
        replace(status, Problem.code(status), detail(status, message));
    }

    /** Writes the problem for an error status the SDK set, if it has not been written yet; call when the servlet returns. */
    void finish() {
        if (errorBody == null || written || isCommitted()) return;
        written = true;
        try {
            replace(errorStatus, Problem.code(errorStatus), detail(errorStatus, sdkMessage(errorBody.toString())));
        } catch (IOException e) {
            // the client went away: nothing more to tell it
        }
    }

    /** Drops whatever the SDK set (its content type, headers) and writes the problem instead. */
    private void replace(int status, String code, String detail) throws IOException {
        HttpServletResponse out = (HttpServletResponse) getResponse();
        out.reset();
        if (status == 413) {
            // a client still sending would get a reset instead of the answer; what is past the bound stays
            // unread, so the connection cannot carry another request
            drainBody();
            out.setHeader("Connection", "close");
        }
        write(out, status, code, detail);
    }

    private static String detail(int status, String message) {
        return switch (status) {
            case 404 ->
                "no MCP session has this Mcp-Session-Id (it ended, or the server restarted): send initialize "
                        + "again, without the header, to begin a new one";
            case 405 -> McpHttp.PATH + " takes POST, GET and DELETE (MCP streamable HTTP); see docs/mcp.md";
            case 413 -> "the request body is larger than " + McpHttp.MAX_REQUEST_BYTES + " bytes";
            default ->
                status >= 500
                        ? (status == 503 && message != null ? message : INTERNAL)
                        : message == null || message.isBlank()
                                ? HttpStatus.forStatus(status).getMessage()
                                : message;
        };
    }

    /** The message of the SDK's serialised McpError (its JSON-RPC error's message), or null. */
    private static String sdkMessage(String body) {
        try {
            JsonNode error = Json.MAPPER.readTree(body);
            String message = error.path("jsonRpcError")
                    .path("message")
                    .asText(error.path("message").asText(null));
            if (message != null && message.startsWith("Invalid message format")) {
                return "the body is not a JSON-RPC message (" + message + ")";
            }
            return message;
        } catch (IOException | RuntimeException e) {
            return null;
        }
    }

    private void drainBody() {
        try {
            try {
                var in = request.getInputStream();
                byte[] sink = new byte[64 * 1024];
                for (long dropped = 0, n; dropped < DRAIN_LIMIT && (n = in.read(sink)) > 0; ) dropped += n;
            } catch (IllegalStateException readAsCharacters) {
                var in = request.getReader();
                char[] sink = new char[64 * 1024];
                for (long dropped = 0, n; dropped < DRAIN_LIMIT && (n = in.read(sink)) > 0; ) dropped += n;
            }
        } catch (IOException | IllegalStateException e) {
            // the body is gone: nothing left to drop
        }
    }
}
