package dev.ltt.server.http;

import com.fasterxml.jackson.annotation.JsonInclude;
import dev.ltt.error.FieldError;
import dev.ltt.error.Kind;
import dev.ltt.error.LttException;
import dev.ltt.json.Json;
import io.javalin.http.HttpStatus;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Locale;

/**
 * An RFC 9457 problem document, the body of every error response ({@code application/problem+json}). Built
 * here and nowhere else: by the REST routes ({@link ProblemResponses}), the MCP servlet's refusals and Jetty's
 * own errors ({@link JettyProblems}), so the three cannot drift apart.
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record Problem(
        String type,
        String title,
        int status,
        String detail,
        String code,
        List<FieldError> errors,
        List<String> blockedBy) {
    public static final String CONTENT_TYPE = "application/problem+json";
    /** What responses declare: the body is always UTF-8, and says so. */
    public static final String CONTENT_TYPE_UTF8 = CONTENT_TYPE + "; charset=utf-8";

    /** How one kind of domain error shows over HTTP: its status and the problem's code. */
    public record Http(int status, String code) {}

    /** A problem with this status, code and detail; errors and blockedBy are left out when null or empty. */
    public static Problem of(int status, String code, String detail, List<FieldError> errors, List<String> blockedBy) {
        return new Problem(
                "urn:ltt:problem:" + code.toLowerCase(Locale.ROOT).replace('_', '-'),
                HttpStatus.forStatus(status).getMessage(),
                status,
                detail,
                code,
                errors == null || errors.isEmpty() ? null : List.copyOf(errors),
                blockedBy == null || blockedBy.isEmpty() ? null : List.copyOf(blockedBy));
    }

    /** A problem for an HTTP-level refusal that has no domain error behind it. */
    public static Problem of(int status, String detail) {
        return of(status, code(status), detail, null, null);
    }

    /** The problem of a domain error: its kind's status and code, its message and details. */
    public static Problem of(LttException e) {
        Http http = http(e.kind());
        return of(
                http.status(),
                http.code(),
                e.getMessage(),
                e.errors(),
                e.kind() == Kind.BLOCKED ? e.blockedBy() : null);
    }

    /** The HTTP door's one mapping of the error kinds (exhaustive: a new kind does not compile until it is here). */
    public static Http http(Kind kind) {
        return switch (kind) {
            case INVALID_INPUT -> new Http(422, "INVALID_INPUT");
            case NOT_FOUND -> new Http(404, "NOT_FOUND");
            case CONFLICT -> new Http(409, "CONFLICT");
            case INVALID_STATE -> new Http(409, "INVALID_STATE");
            case BLOCKED -> new Http(409, "BLOCKED");
            case FORBIDDEN -> new Http(403, "FORBIDDEN");
            // the code every 401 of this API has carried since v1
            case UNAUTHENTICATED -> new Http(401, "UNAUTHORIZED");
            case UNAVAILABLE -> new Http(503, "UNAVAILABLE");
        };
    }

    /** The problem code of an HTTP status that has no domain error behind it. */
    public static String code(int status) {
        return switch (status) {
            case 400 -> "BAD_REQUEST";
            case 401 -> "UNAUTHORIZED";
            case 403 -> "FORBIDDEN";
            case 404 -> "NOT_FOUND";
            case 405 -> "METHOD_NOT_ALLOWED";
            case 409 -> "CONFLICT";
            case 413 -> "PAYLOAD_TOO_LARGE";
            case 415 -> "UNSUPPORTED_MEDIA_TYPE";
            case 422 -> "INVALID_INPUT";
            case 500 -> "INTERNAL";
            case 503 -> "UNAVAILABLE";
            default -> "HTTP_" + status;
        };
    }

    /** The document as UTF-8 JSON bytes. */
    public byte[] bytes() {
        return json().getBytes(StandardCharsets.UTF_8);
    }

    public String json() {
        return Json.write(this);
    }
}
