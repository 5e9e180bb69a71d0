package dev.ltt.validation;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * One entry of a task's {@code checks}: a reference query (documentation for the instructor; it is not run)
 * and what the learner's result must show: {@code row_count} (exactly), {@code min_rows} (at least),
 * {@code columns} (these names in this order, ignoring case) and {@code modifies} (the SQL changed the
 * database). Immutable.
 */
record SqlCheck(String reference, Long rowCount, Long minRows, List<String> columns, boolean modifies) {

    /** Reads one check; throws {@link IllegalArgumentException} naming what is wrong with it. */
    static SqlCheck parse(JsonNode check) {
        if (!check.isObject()) throw new IllegalArgumentException("a check is not an object");
        JsonNode expect = check.path("expect");
        if (!expect.isObject()) throw new IllegalArgumentException("a check has no expect block");
        return new SqlCheck(
                check.path("query").asText(""),
                count(expect, "row_count"),
                count(expect, "min_rows"),
                columns(expect.get("columns")),
                expect.path("modifies").asBoolean(false));
    }

    boolean needsRows() {
        return rowCount != null || minRows != null || columns != null;
    }

    /** What the observation lacks for this check, in words a learner can act on; empty when it passes. */
    List<String> problems(SqlObservation seen) {
        List<String> problems = new ArrayList<>();
        if (modifies && !Boolean.TRUE.equals(seen.changed())) {
            problems.add(
                    seen.changed() == null
                            ? "the check needs to know whether your statements changed the database: report rows_affected"
                            : "your statements ran but changed nothing in the database (an UPDATE or DELETE must match "
                                    + "existing rows; CREATE, DROP and ALTER count as changes)");
        }
        if (!needsRows()) return problems;
        if (!seen.returnedRows()) {
            problems.add("none of your statements returned rows: the task asks for the result of a query (SELECT)");
            return problems;
        }
        rowProblem(seen).ifPresent(problems::add);
        if (columns != null) columnProblem(seen.columns()).ifPresent(problems::add);
        return problems;
    }

    private Optional<String> rowProblem(SqlObservation seen) {
        Long rows = seen.rowCount();
        if (rowCount == null && minRows == null) return Optional.empty();
        if (rows == null) return Optional.of("the row count of your result is unknown: report row_count or rows");
        String got = seen.rowsCapped() ? "more than " + rows : String.valueOf(rows);
        if (rowCount != null && (seen.rowsCapped() || rows.longValue() != rowCount)) {
            return Optional.of("the result should have exactly " + rowCount + plural(rowCount) + ", yours has " + got);
        }
        if (minRows != null && rows < minRows && !seen.rowsCapped()) {
            return Optional.of("the result should have at least " + minRows + plural(minRows) + ", yours has " + got);
        }
        return Optional.empty();
    }

    private Optional<String> columnProblem(List<String> got) {
        if (got == null) return Optional.of("the column names of your result are unknown: report columns");
        if (lower(got).equals(lower(columns))) return Optional.empty();
        return Optional.of("the result should have the columns " + String.join(", ", columns)
                + " (in that order), yours has " + (got.isEmpty() ? "none" : String.join(", ", got)));
    }

    private static String plural(long n) {
        return n == 1 ? " row" : " rows";
    }

    private static List<String> lower(List<String> names) {
        return names.stream().map(n -> n.toLowerCase(Locale.ROOT)).toList();
    }

    private static Long count(JsonNode expect, String field) {
        JsonNode node = expect.get(field);
        if (node == null || node.isNull()) return null;
        if (!node.canConvertToLong() || !node.isIntegralNumber() || node.longValue() < 0) {
            throw new IllegalArgumentException(field + " is not a whole number of 0 or more");
        }
        return node.longValue();
    }

    private static List<String> columns(JsonNode node) {
        if (node == null || node.isNull()) return null;
        if (!node.isArray()) throw new IllegalArgumentException("columns is not a list of names");
        List<String> names = new ArrayList<>();
        node.forEach(n -> names.add(n.asText()));
        return List.copyOf(names);
    }
}
