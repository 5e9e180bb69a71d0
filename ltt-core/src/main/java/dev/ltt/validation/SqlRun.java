package dev.ltt.validation;

import java.util.List;

/**
 * The outcome of running a learner's SQL in the sandbox: an observation of what it produced, or the reason it
 * could not run (with feedback for the learner). A {@code missingTable} failure names a table the dataset does
 * not have, which is often one the learner created in an earlier task. {@code rows} holds the first rows' values
 * when the caller asked for them; {@code image} the database after a run that changed it, when asked to keep it.
 */
record SqlRun(SqlObservation observation, String failure, String missingTable, List<List<Object>> rows, byte[] image) {
    static SqlRun ran(SqlObservation observation) {
        return new SqlRun(observation, null, null, null, null);
    }

    /** A run that went through: what it showed, the first rows' values (if asked for), the changed image (if kept). */
    static SqlRun ran(SqlObservation observation, List<List<Object>> rows, byte[] image) {
        return new SqlRun(observation, null, null, rows, image);
    }

    static SqlRun failed(String feedback) {
        return new SqlRun(null, feedback, null, null, null);
    }

    static SqlRun missing(String feedback, String table) {
        return new SqlRun(null, feedback, table, null, null);
    }

    boolean succeeded() {
        return failure == null;
    }
}
