package dev.ltt.validation;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;

/**
 * A result row's values as a workspace shows them: whole numbers as longs, reals as doubles, text as strings
 * (cut at {@value #MAX_TEXT} characters, marked with an ellipsis), blobs described by their size, NULL as null.
 */
final class SqlValues {
    static final int MAX_TEXT = 1_000;

    private SqlValues() {}

    static List<Object> row(ResultSet rows, int columns) throws SQLException {
        List<Object> values = new ArrayList<>(columns);
        for (int c = 1; c <= columns; c++) values.add(value(rows.getObject(c)));
        return values;
    }

    private static Object value(Object value) {
        if (value instanceof Integer i) return i.longValue();
        if (value instanceof Float f) return f.doubleValue();
        if (value instanceof String s && s.length() > MAX_TEXT) return s.substring(0, MAX_TEXT) + "…";
        if (value instanceof byte[] blob) return "(blob, " + blob.length + " bytes)";
        return value;
    }
}
