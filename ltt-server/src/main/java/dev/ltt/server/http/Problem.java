package dev.ltt.server.http;

import com.fasterxml.jackson.annotation.JsonInclude;
import dev.ltt.error.FieldError;

import java.util.List;

/** An RFC 9457 problem document, the body of every error response ({@code application/problem+json}). */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record Problem(String type, String title, int status, String detail, String code, List<FieldError> errors,
                      List<String> blockedBy) {
    public static final String CONTENT_TYPE = "application/problem+json";
    /** What responses declare: the body is always UTF-8, and says so. */
    public static final String CONTENT_TYPE_UTF8 = CONTENT_TYPE + "; charset=utf-8";
}
