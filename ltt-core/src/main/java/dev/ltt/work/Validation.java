package dev.ltt.work;

import com.fasterxml.jackson.annotation.JsonInclude;
import java.time.Instant;

/**
 * The judgement of one submission, the one shape every door shows: passed or not, a grade from 0 to 1, feedback
 * a learner can act on, and the validator that judged it. A stored validation also carries its ids and time
 * (left out of the JSON while null, as in the answer to a submission).
 */
public record Validation(
        @JsonInclude(JsonInclude.Include.NON_NULL) Long validationId,
        @JsonInclude(JsonInclude.Include.NON_NULL) Long submissionId,
        boolean passed,
        double grade,
        String feedback,
        String validator,
        @JsonInclude(JsonInclude.Include.NON_NULL) Instant createdAt) {

    /** The verdict of the validators, as a submission's answer shows it. */
    static Validation of(dev.ltt.validation.Verdict verdict) {
        return new Validation(
                null, null, verdict.passed(), verdict.grade(), verdict.feedback(), verdict.validator(), null);
    }

    /** The verdict stored with a submission (null while none is stored). */
    static Validation of(dev.ltt.instance.StoredSubmission row) {
        dev.ltt.validation.Verdict v = row.validation();
        return v == null
                ? null
                : new Validation(
                        row.validationId(),
                        row.submissionId(),
                        v.passed(),
                        v.grade(),
                        v.feedback(),
                        v.validator(),
                        row.validatedAt());
    }
}
