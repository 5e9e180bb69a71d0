package dev.ltt.validation;

/**
 * One validator's judgement: passed or not, a grade from 0 to 1, and feedback a learner can act on; and, for SQL
 * run on the learner's own database, {@code learnerDatabase}: the copy to keep (in its stored form) because the SQL changed it
 * (null when there is nothing to keep).
 */
public record ValidationOutcome(boolean passed, double grade, String feedback, byte[] learnerDatabase) {
    public ValidationOutcome {
        if (grade < 0 || grade > 1) throw new IllegalArgumentException("grade must be between 0 and 1");
        if (feedback == null || feedback.isBlank()) throw new IllegalArgumentException("feedback is required");
    }

    public ValidationOutcome(boolean passed, double grade, String feedback) {
        this(passed, grade, feedback, null);
    }

    /** The same judgement, keeping {@code image} as the learner's database. */
    ValidationOutcome keeping(byte[] image) {
        return new ValidationOutcome(passed, grade, feedback, image);
    }

    public static ValidationOutcome pass(String feedback) {
        return new ValidationOutcome(true, 1.0, feedback);
    }

    public static ValidationOutcome fail(String feedback) {
        return new ValidationOutcome(false, 0.0, feedback);
    }
}
