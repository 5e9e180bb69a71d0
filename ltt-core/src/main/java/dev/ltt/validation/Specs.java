package dev.ltt.validation;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.Optional;

/** Reading a validator spec, and the one way a validator reports a spec it cannot use. */
final class Specs {
    private Specs() {}

    /**
     * The outcome for a spec the validator cannot use (a missing field, a pattern that does not compile): not
     * the learner's fault, so the feedback sends them to whoever wrote the task.
     */
    static ValidationOutcome broken(String type, String problem) {
        return ValidationOutcome.fail("This task's automatic check (" + type + ") is not set up correctly: " + problem
                + ". Your work could not be judged; ask your instructor to review the task.");
    }

    /** A text field given as a string, number or boolean; empty when absent or of another kind. */
    static Optional<String> text(JsonNode spec, String field) {
        JsonNode node = spec.get(field);
        return node != null && node.isValueNode() && !node.isNull() ? Optional.of(node.asText()) : Optional.empty();
    }

    /** A boolean field; {@code fallback} when absent or not a boolean. */
    static boolean flag(JsonNode spec, String field, boolean fallback) {
        JsonNode node = spec.get(field);
        return node != null && node.isBoolean() ? node.booleanValue() : fallback;
    }

    /** The content of a submission, never null. */
    static String content(Submission submission) {
        return submission.content() == null ? "" : submission.content();
    }

    /** Shortens text quoted back to the learner. */
    static String quote(String text) {
        String oneLine = text.strip().replaceAll("\\s+", " ");
        return "\"" + (oneLine.length() > 60 ? oneLine.substring(0, 57) + "..." : oneLine) + "\"";
    }
}
