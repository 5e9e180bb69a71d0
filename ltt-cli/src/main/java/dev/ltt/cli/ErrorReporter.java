package dev.ltt.cli;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.ltt.error.FieldError;
import dev.ltt.error.Kind;
import dev.ltt.error.LttException;
import dev.ltt.json.Json;
import java.io.PrintWriter;
import java.util.Arrays;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import picocli.CommandLine;
import picocli.CommandLine.IExecutionExceptionHandler;
import picocli.CommandLine.ParseResult;

/**
 * Maps every failure of a command to a message on stderr and an exit code; never a stack trace. With
 * {@code --json} the message is a JSON object {@code {code, message, errors[{path, message}]}}.
 */
final class ErrorReporter implements IExecutionExceptionHandler {
    static final int INTERNAL = 1;
    static final int USAGE = 2;
    static final int INVALID_INPUT = 3;
    static final int NOT_FOUND = 4;
    static final int CONFLICT = 5;
    static final int INVALID_STATE = 6;
    static final int FORBIDDEN = 7;
    static final int UNAVAILABLE = 8;
    static final int UNAUTHENTICATED = 9;
    private static final Logger log = LoggerFactory.getLogger(ErrorReporter.class);

    @Override
    public int handleExecutionException(Exception e, CommandLine commandLine, ParseResult parseResult) {
        PrintWriter err = commandLine.getErr();
        boolean json =
                Arrays.asList(parseResult.originalArgs().toArray(new String[0])).contains("--json");
        if (e instanceof LttException ltt) {
            err.println(json ? Json.writePretty(asJson(ltt)) : asText(ltt));
            err.flush();
            return exitCode(ltt);
        }
        log.debug("ltt failed unexpectedly", e); // the user gets one line below; LTT_DEBUG prints the trace
        String message = "ltt could not finish: " + rootMessage(e)
                + " (if this persists, run again with LTT_DEBUG=1 for details, or report it with the command you ran)";
        if (System.getenv("LTT_DEBUG") != null) e.printStackTrace(err);
        err.println(
                json ? Json.writePretty(Json.object().put("code", "INTERNAL").put("message", message)) : message);
        err.flush();
        return INTERNAL;
    }

    static int exitCode(LttException e) {
        return exitCode(e.kind());
    }

    /** The CLI's one mapping of the error kinds to exit codes (exhaustive: a new kind must be added here). */
    static int exitCode(Kind kind) {
        return switch (kind) {
            case INVALID_INPUT -> INVALID_INPUT;
            case NOT_FOUND -> NOT_FOUND;
            case CONFLICT -> CONFLICT;
            case INVALID_STATE, BLOCKED -> INVALID_STATE;
            case FORBIDDEN -> FORBIDDEN;
            case UNAVAILABLE -> UNAVAILABLE;
            case UNAUTHENTICATED -> UNAUTHENTICATED;
        };
    }

    private static ObjectNode asJson(LttException e) {
        ObjectNode node = Json.object().put("code", e.code()).put("message", e.getMessage());
        if (!e.errors().isEmpty()) {
            ArrayNode errors = node.putArray("errors");
            e.errors().forEach(fe -> errors.addObject().put("path", fe.path()).put("message", fe.message()));
        }
        if (e.kind() == Kind.BLOCKED) {
            ArrayNode ids = node.putArray("blocked_by");
            e.blockedBy().forEach(ids::add);
        }
        return node;
    }

    private static String asText(LttException e) {
        StringBuilder text = new StringBuilder("error: ").append(e.getMessage());
        if (!e.errors().isEmpty()
                && !(e.errors().size() == 1 && e.errors().get(0).message().equals(e.getMessage()))) {
            for (FieldError fe : e.errors())
                text.append("\n  ").append(fe.path()).append(": ").append(fe.message());
        }
        if (!e.blockedBy().isEmpty()) {
            text.append("\n  blocked by: ").append(String.join(", ", e.blockedBy()));
        }
        return text.toString();
    }

    private static String rootMessage(Throwable e) {
        Throwable root = e;
        while (root.getCause() != null && root.getCause() != root) root = root.getCause();
        String message =
                root.getMessage() != null ? root.getMessage() : root.getClass().getSimpleName();
        return e.getMessage() != null && e != root ? e.getMessage() + " (" + message + ")" : message;
    }
}
