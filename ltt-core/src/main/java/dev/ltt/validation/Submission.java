package dev.ltt.validation;

import com.fasterxml.jackson.databind.JsonNode;

/**
 * What a learner handed in, as validators see it: the content (code, SQL, an answer, prose), its type, an
 * optional {@code result} the client produced by running it (e.g. {@code {"output": "...", "errors": ""}}),
 * and the slug of the project the task belongs to ({@code projectId}; null when unknown), which lets a
 * validator find project resources such as the SQL dataset.
 */
public record Submission(String content, String submissionType, JsonNode result, String projectId) {
}
