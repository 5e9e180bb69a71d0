package dev.ltt.validation;

import com.fasterxml.jackson.databind.JsonNode;

/**
 * What a learner handed in, as validators see it: the content (code, SQL, an answer, prose), its type, an
 * optional {@code result} the client produced by running it (e.g. {@code {"output": "...", "errors": ""}}),
 * and the slug of the project the task belongs to ({@code slug}; null when unknown), which lets a
 * validator find project resources such as the SQL dataset. {@code learnerCopy}, when given, is the learner's own
 * database: SQL runs on it, and what the SQL changes is kept (see {@link Verdict#learnerDatabase()}).
 */
public record Submission(String content, String submissionType, JsonNode result, String slug, LearnerCopy learnerCopy) {
    /** A submission judged on a fresh copy of the dataset, discarded afterwards (no learner's own copy). */
    public Submission(String content, String submissionType, JsonNode result, String slug) {
        this(content, submissionType, result, slug, null);
    }
}
