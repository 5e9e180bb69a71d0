package dev.ltt.validation;

import com.fasterxml.jackson.databind.JsonNode;

/**
 * What a learner handed in, as validators see it: the content (code, SQL, an answer, prose), its type, and
 * an optional {@code result} the client produced by running it (e.g. {@code {"output": "...", "errors": ""}}).
 */
public record Submission(String content, String submissionType, JsonNode result) {
}
