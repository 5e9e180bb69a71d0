package dev.ltt.server.http;

import dev.ltt.error.FieldError;
import java.util.List;

/** A request the HTTP layer itself refuses (malformed JSON, a bad id in the path, no token...). */
public final class HttpProblem extends RuntimeException {
    private final int status;
    private final List<FieldError> errors;

    public HttpProblem(int status, String detail, List<FieldError> errors) {
        super(detail, null, false, false);
        this.status = status;
        this.errors = List.copyOf(errors);
    }

    public HttpProblem(int status, String detail) {
        this(status, detail, List.of());
    }

    public static HttpProblem badRequest(String path, String message) {
        return new HttpProblem(400, message, List.of(new FieldError(path, message)));
    }

    public int status() {
        return status;
    }

    public List<FieldError> errors() {
        return errors;
    }
}
