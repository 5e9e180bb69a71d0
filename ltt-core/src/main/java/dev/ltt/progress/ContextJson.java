package dev.ltt.progress;

import com.fasterxml.jackson.core.JsonProcessingException;
import dev.ltt.instance.HelpRequest;
import dev.ltt.instance.Note;
import dev.ltt.instance.StoredComment;
import dev.ltt.instance.StoredSubmission;
import dev.ltt.json.Json;
import dev.ltt.memory.Profile;
import dev.ltt.template.SharedComment;
import dev.ltt.validation.Verdict;
import java.time.Instant;
import java.util.List;
import java.util.Optional;

/**
 * The json {@link ContextStore} reads, as Jackson decodes it (snake_case keys, the column names of each store's
 * SELECT), and the records it stands for. Notes, help requests, comments and the profile decode straight into
 * their records; submissions and observations go through a row first, to keep their stores' mapping rules. An
 * empty {@code json_agg} is null: no rows.
 */
final class ContextJson {
    private ContextJson() {}

    static <J> J decode(String json, Class<J> type) {
        try {
            return Json.MAPPER.readValue(json, type);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("could not read the history of a task", e);
        }
    }

    /** The task detail's history: the latest attempt, if any. */
    record Task(List<Submission> recent) {
        Optional<StoredSubmission> latest() {
            return rows(recent).stream().findFirst().map(Submission::stored);
        }
    }

    /** The agent context's history. */
    record Context(
            List<Submission> recent,
            List<Note> taskNotes,
            List<Note> projectNotes,
            List<HelpRequest> openHelp,
            List<SharedComment> sharedComments,
            List<StoredComment> ownComments,
            Profile profile,
            List<Observation> observations) {
        ContextHistory history() {
            return new ContextHistory(
                    rows(recent).stream().map(Submission::stored).toList(),
                    rows(taskNotes),
                    rows(projectNotes),
                    rows(openHelp),
                    rows(sharedComments),
                    rows(ownComments),
                    profile == null ? Profile.EMPTY : profile,
                    rows(observations).stream().map(Observation::stored).toList());
        }
    }

    /**
     * A submission with its latest validation, as {@code SubmissionStore} maps it: no validation row, no verdict;
     * the result is the jsonb's text, parsed as the store parses it.
     */
    record Submission(
            long submissionId,
            String taskId,
            int attemptNumber,
            String submissionType,
            String content,
            String result,
            Instant createdAt,
            Long validationId,
            Boolean passed,
            Double grade,
            String feedback,
            String validator,
            Instant validatedAt) {
        StoredSubmission stored() {
            boolean judged = validationId != null;
            return new StoredSubmission(
                    submissionId,
                    taskId,
                    attemptNumber,
                    submissionType,
                    content,
                    result == null ? null : Json.parse(result),
                    createdAt,
                    validationId,
                    judged ? new Verdict(passed, grade, feedback, validator) : null,
                    judged ? validatedAt : null);
        }
    }

    /** An observation row; its scope follows from the slug, as {@code MemoryStore} decides it. */
    record Observation(long id, String text, String context, String slug, String author, Instant createdAt) {
        dev.ltt.memory.Observation stored() {
            return dev.ltt.memory.Observation.stored(id, text, context, slug, author, createdAt);
        }
    }

    private static <T> List<T> rows(List<T> aggregated) {
        return aggregated == null ? List.of() : aggregated;
    }
}
