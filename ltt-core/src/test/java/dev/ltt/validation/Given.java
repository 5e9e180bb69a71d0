package dev.ltt.validation;

import com.fasterxml.jackson.databind.JsonNode;
import dev.ltt.json.Json;

/** Submissions and specs for validator tests, written as JSON text. */
final class Given {
    private Given() {}

    static JsonNode spec(String json) {
        return Json.parse(json);
    }

    static Submission answer(String content) {
        return new Submission(content, "text", null, null);
    }

    static Submission run(String content, String resultJson) {
        return new Submission(content, "code", resultJson == null ? null : Json.parse(resultJson), null);
    }

    static Submission sql(String projectId, String content, String resultJson) {
        return new Submission(content, "sql", resultJson == null ? null : Json.parse(resultJson), projectId);
    }
}
