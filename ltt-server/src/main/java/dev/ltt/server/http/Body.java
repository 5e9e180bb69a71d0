package dev.ltt.server.http;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectReader;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.ltt.error.FieldError;
import dev.ltt.json.Json;
import dev.ltt.json.StorableJson;
import dev.ltt.json.Utf8;
import io.javalin.http.Context;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * A JSON request body, read with a size limit and checked field by field: malformed JSON is a 400, a body
 * over the limit a 413, unknown or mistyped fields a 422 listing every one of them.
 */
public final class Body {
    /** Bodies of learner calls (submissions included) stay under this; curricula have their own limit. */
    public static final int DEFAULT_LIMIT = 512 * 1024;
    /** How much of an oversized body is read and dropped before answering 413. */
    private static final long DRAIN_LIMIT = 64L * 1024 * 1024;

    private static final Pattern DIGITS = Pattern.compile("\\d{1,18}");
    /** Set on a request whose body {@link #bytes} read whole: there is nothing left to drain. */
    private static final String READ_WHOLE = "ltt.body.read-whole";
    /** Anything after the JSON value ({@code {...} trailing}) makes the body malformed, not ignored. */
    private static final ObjectReader STRICT =
            Json.MAPPER.reader().with(DeserializationFeature.FAIL_ON_TRAILING_TOKENS);

    private final ObjectNode json;
    private final List<FieldError> errors = new ArrayList<>();

    private Body(ObjectNode json) {
        this.json = json;
    }

    /**
     * Reads the body as a JSON object whose keys must all be among {@code allowed}; an empty body is {}. Text
     * PostgreSQL cannot store (a NUL character, a lone surrogate) is a problem at its path.
     */
    public static Body read(Context ctx, Set<String> allowed) {
        byte[] bytes = bytes(ctx, DEFAULT_LIMIT);
        ObjectNode json = bytes.length == 0 ? Json.object() : object(bytes);
        Body body = new Body(json);
        body.errors.addAll(StorableJson.problems(json, ""));
        json.fieldNames().forEachRemaining(name -> {
            if (!allowed.contains(name)) {
                body.errors.add(
                        new FieldError(name, "unknown field: this endpoint takes " + String.join(", ", allowed)));
            }
        });
        return body;
    }

    /**
     * The raw body, up to {@code limit} bytes (413 beyond). A body that is not empty must be declared JSON
     * ({@code application/json}, or a {@code +json} type; 415 otherwise) and be well-formed UTF-8 (400).
     */
    public static byte[] bytes(Context ctx, int limit) {
        String length = ctx.header("Content-Length");
        byte[] bytes;
        try (var in = ctx.req().getInputStream()) {
            long declared = length != null && DIGITS.matcher(length).matches() ? Long.parseLong(length) : -1;
            if (declared > limit) throw tooLarge(ctx, in, limit);
            // a declared length is read as it is (Jetty holds the body to it); otherwise up to one byte past the limit
            bytes = declared >= 0 ? in.readNBytes((int) declared) : in.readNBytes(limit + 1);
            if (bytes.length > limit) throw tooLarge(ctx, in, limit);
            ctx.attribute(READ_WHOLE, true);
        } catch (IOException e) {
            throw new HttpProblem(400, "the request body could not be read");
        }
        if (bytes.length > 0 && !isJson(ctx.header("Content-Type"))) {
            throw new HttpProblem(
                    415,
                    "send the body as JSON with 'Content-Type: application/json' (it was "
                            + (ctx.header("Content-Type") == null
                                    ? "sent without a content type"
                                    : "'" + abbreviated(ctx.header("Content-Type")) + "'")
                            + ")");
        }
        Utf8.firstInvalidByte(bytes).ifPresent(offset -> {
            throw HttpProblem.badRequest(
                    "$", "the body is not valid UTF-8 (byte " + offset + "): send it encoded as UTF-8");
        });
        return bytes;
    }

    /** Parses a whole body as JSON of any shape (a curriculum); malformed JSON is a 400. */
    public static JsonNode json(Context ctx, int limit) {
        byte[] bytes = bytes(ctx, limit);
        if (bytes.length == 0) throw HttpProblem.badRequest("$", "the body is empty: send a JSON document");
        return parse(bytes);
    }

    /** {@code application/json} or any {@code application/<x>+json}, with or without parameters (charset). */
    static boolean isJson(String contentType) {
        if (contentType == null) return false;
        String type = contentType.split(";", 2)[0].strip().toLowerCase(java.util.Locale.ROOT);
        return type.equals("application/json") || (type.startsWith("application/") && type.endsWith("+json"));
    }

    /**
     * Reads and drops whatever of the body a refused request has not had read (a 400 for a bad path parameter
     * is decided before the body is looked at), up to a bound, so that the client, still sending, reads the
     * problem instead of a broken pipe. Never throws.
     */
    public static void drainUnread(Context ctx) {
        // read whole by the route (with a declared length the stream has not yet seen its end)
        if (Boolean.TRUE.equals(ctx.attribute(READ_WHOLE))) return;
        if ("close".equalsIgnoreCase(ctx.res().getHeader("Connection"))) return; // already drained, as far as it goes
        long length = ctx.req().getContentLengthLong();
        if (length == 0 || (length < 0 && ctx.req().getHeader("Transfer-Encoding") == null)) return; // no body sent
        try {
            var in = ctx.req().getInputStream();
            if (in.isFinished()) return; // read to its end by the route
            byte[] sink = new byte[64 * 1024];
            for (long dropped = 0; dropped < DRAIN_LIMIT; ) {
                int n = in.read(sink);
                if (n < 0) return;
                dropped += n;
            }
            ctx.header("Connection", "close");
        } catch (IOException | IllegalStateException e) {
            // the body is gone or was read as a reader: nothing left to drop
        }
    }

    /**
     * Reads and drops what the client is still sending (up to a bound), so it reads the 413 instead of a
     * connection reset mid-upload, and closes the connection after the answer.
     */
    private static HttpProblem tooLarge(Context ctx, java.io.InputStream in, int limit) throws IOException {
        byte[] sink = new byte[64 * 1024];
        long dropped = 0;
        for (int n; dropped < DRAIN_LIMIT && (n = in.read(sink)) > 0; ) dropped += n;
        ctx.header("Connection", "close");
        return new HttpProblem(413, "the request body is larger than " + limit + " bytes");
    }

    private static ObjectNode object(byte[] bytes) {
        JsonNode node = parse(bytes);
        if (node instanceof ObjectNode object) return object;
        throw HttpProblem.badRequest("$", "the body must be a JSON object");
    }

    private static JsonNode parse(byte[] bytes) {
        try {
            return STRICT.readTree(bytes);
        } catch (JsonProcessingException e) {
            throw HttpProblem.badRequest("$", "the body is not valid JSON: " + e.getOriginalMessage());
        } catch (IOException e) {
            throw new HttpProblem(400, "the request body could not be read");
        }
    }

    /** A string field; null when absent and not required. */
    public String string(String field, boolean required, int maxLength) {
        JsonNode value = json.get(field);
        if (value == null || value.isNull()) {
            if (required) errors.add(new FieldError(field, field + " is required"));
            return null;
        }
        if (!value.isTextual()) {
            errors.add(new FieldError(field, field + " must be a string"));
            return null;
        }
        if (value.textValue().length() > maxLength) {
            errors.add(new FieldError(field, field + " is limited to " + maxLength + " characters"));
            return null;
        }
        return value.textValue();
    }

    /** A boolean field; null when absent and not required. */
    public Boolean bool(String field, boolean required) {
        JsonNode value = json.get(field);
        if (value == null || value.isNull()) {
            if (required) errors.add(new FieldError(field, field + " is required: true or false"));
            return null;
        }
        if (!value.isBoolean()) {
            errors.add(new FieldError(field, field + " must be true or false"));
            return null;
        }
        return value.booleanValue();
    }

    /** A number field; null when absent. */
    public Double number(String field) {
        JsonNode value = json.get(field);
        if (value == null || value.isNull()) return null;
        if (!value.isNumber()) {
            errors.add(new FieldError(field, field + " must be a number"));
            return null;
        }
        return value.doubleValue();
    }

    /** Any JSON value (object, array...) or null when absent. */
    public JsonNode any(String field) {
        JsonNode value = json.get(field);
        return value == null || value.isNull() ? null : value;
    }

    /** Whether the body names the field, even as {@code null} (a merge patch removes a field that way). */
    public boolean has(String field) {
        return json.has(field);
    }

    /** A whole number from {@code min} to {@code max}; null when absent (or when wrong, reported by {@link #validate}). */
    public Long integer(String field, long min, long max) {
        JsonNode value = json.get(field);
        if (value == null || value.isNull()) return null;
        if (value.isIntegralNumber()
                && value.canConvertToLong()
                && value.longValue() >= min
                && value.longValue() <= max) {
            return value.longValue();
        }
        errors.add(new FieldError(
                field,
                field + " must be a whole number from " + min + " to " + max + ", not "
                        + abbreviated(value.toString())));
        return null;
    }

    private static String abbreviated(String text) {
        return text.length() <= 40 ? text : text.substring(0, 40) + "...";
    }

    /** Throws a 422 listing every problem found so far; call once all fields are read. */
    public void validate() {
        if (!errors.isEmpty())
            throw new HttpProblem(
                    422,
                    "the request body has " + errors.size() + (errors.size() == 1 ? " problem" : " problems"),
                    errors);
    }
}
