package dev.ltt.cli;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.ltt.error.BlockedException;
import dev.ltt.error.ConflictException;
import dev.ltt.error.FieldError;
import dev.ltt.error.ForbiddenException;
import dev.ltt.error.InvalidInputException;
import dev.ltt.error.InvalidStateException;
import dev.ltt.error.LttException;
import dev.ltt.error.NotFoundException;
import dev.ltt.error.UnavailableException;
import dev.ltt.json.Json;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import picocli.CommandLine;
import picocli.CommandLine.IExecutionExceptionHandler;
import picocli.CommandLine.ParseResult;

import java.io.PrintWriter;
import java.util.Arrays;

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
    private static final Logger log = LoggerFactory.getLogger(ErrorReporter.class);

    @Override
    public int handleExecutionException(Exception e, CommandLine commandLine, ParseResult parseResult) {
        PrintWriter err = commandLine.getErr();
        boolean json = Arrays.asList(parseResult.originalArgs().toArray(new String[0])).contains("--json");
        if (e instanceof LttException ltt) {
            err.println(json ? Json.writePretty(asJson(ltt)) : asText(ltt));
            err.flush();
            return exitCode(ltt);
        }
        log.debug("ltt failed unexpectedly", e);  // the user gets one line below; LTT_DEBUG prints the trace
        String message = "ltt could not finish: " + rootMessage(e)
                + " (if this persists, run again with LTT_DEBUG=1 for details, or report it with the command you ran)";
        if (System.getenv("LTT_DEBUG") != null) e.printStackTrace(err);
        err.println(json ? Json.writePretty(Json.object().put("code", "INTERNAL").put("message", message)) : message);
        err.flush();
        return INTERNAL;
    }

    static int exitCode(LttException e) {
        if (e instanceof InvalidInputException) return INVALID_INPUT;
        if (e instanceof NotFoundException) return NOT_FOUND;
        if (e instanceof ConflictException) return CONFLICT;
        if (e instanceof InvalidStateException || e instanceof BlockedException) return INVALID_STATE;
        if (e instanceof ForbiddenException) return FORBIDDEN;
        if (e instanceof UnavailableException) return UNAVAILABLE;
        return INTERNAL;
    }

    private static ObjectNode asJson(LttException e) {
        ObjectNode node = Json.object().put("code", e.code()).put("message", e.getMessage());
        if (e instanceof InvalidInputException invalid) {
            ArrayNode errors = node.putArray("errors");
            invalid.errors().forEach(fe -> errors.addObject().put("path", fe.path()).put("message", fe.message()));
        }
        if (e instanceof BlockedException blocked) {
            ArrayNode ids = node.putArray("blocked_by");
            blocked.blockedBy().forEach(ids::add);
        }
        return node;
    }

    private static String asText(LttException e) {
        StringBuilder text = new StringBuilder("error: ").append(e.getMessage());
        if (e instanceof InvalidInputException invalid && !(invalid.errors().size() == 1
                && invalid.errors().get(0).message().equals(e.getMessage()))) {
            for (FieldError fe : invalid.errors()) text.append("\n  ").append(fe.path()).append(": ").append(fe.message());
        }
        if (e instanceof BlockedException blocked && !blocked.blockedBy().isEmpty()) {
            text.append("\n  blocked by: ").append(String.join(", ", blocked.blockedBy()));
        }
        return text.toString();
    }

    private static String rootMessage(Throwable e) {
        Throwable root = e;
        while (root.getCause() != null && root.getCause() != root) root = root.getCause();
        String message = root.getMessage() != null ? root.getMessage() : root.getClass().getSimpleName();
        return e.getMessage() != null && e != root ? e.getMessage() + " (" + message + ")" : message;
    }
}
