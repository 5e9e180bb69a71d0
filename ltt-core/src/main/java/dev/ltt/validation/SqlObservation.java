package dev.ltt.validation;

import java.util.List;

/**
 * What is known about the result of a learner's SQL, from the sandbox or from the client's report: the
 * columns and row count of the last statement that returned rows (null when unknown or none), whether the
 * count stopped at the sandbox's row limit, and whether the statements changed the database (null when
 * unknown).
 */
record SqlObservation(List<String> columns, Long rowCount, boolean rowsCapped, Boolean changed) {
    /** Whether any row-returning result is known at all. */
    boolean returnedRows() {
        return columns != null || rowCount != null;
    }
}
