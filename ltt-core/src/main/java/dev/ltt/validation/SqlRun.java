package dev.ltt.validation;

/**
 * The outcome of running a learner's SQL in the sandbox: an observation of what it produced, or the reason it
 * could not run (with feedback for the learner). A {@code missingTable} failure names a table the dataset does
 * not have, which is often one the learner created in an earlier task.
 */
record SqlRun(SqlObservation observation, String failure, String missingTable) {
    static SqlRun ran(SqlObservation observation) {
        return new SqlRun(observation, null, null);
    }

    static SqlRun failed(String feedback) {
        return new SqlRun(null, feedback, null);
    }

    static SqlRun missing(String feedback, String table) {
        return new SqlRun(null, feedback, table);
    }

    boolean succeeded() {
        return failure == null;
    }
}
