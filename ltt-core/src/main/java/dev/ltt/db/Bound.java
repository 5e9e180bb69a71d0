package dev.ltt.db;

import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.sql.Types;
import java.util.Arrays;
import org.jdbi.v3.core.argument.Argument;
import org.jdbi.v3.core.statement.StatementContext;

/**
 * A value bound to a hot statement as it is, by its JDBC setter. Bound as a plain object, Jdbi looks for an
 * argument factory for each value's type afresh in every statement it executes (the search and its wrappers were
 * a sixth of the server's CPU per submit, issue 11); an {@link Argument} it applies directly. Takes the types the hot
 * statements bind; {@code null} is bound untyped, as Jdbi binds it, for the statement's casts to type.
 */
public record Bound(Object value) implements Argument {

    @Override
    public void apply(int position, PreparedStatement statement, StatementContext ctx) throws SQLException {
        if (value == null) {
            statement.setNull(position, Types.OTHER);
        } else if (value instanceof String s) {
            statement.setString(position, s);
        } else if (value instanceof Long l) {
            statement.setLong(position, l);
        } else if (value instanceof Integer i) {
            statement.setInt(position, i);
        } else if (value instanceof Boolean b) {
            statement.setBoolean(position, b);
        } else if (value instanceof Double d) {
            statement.setDouble(position, d);
        } else if (value instanceof Timestamp t) {
            statement.setTimestamp(position, t);
        } else if (value instanceof String[] || value instanceof int[]) {
            statement.setObject(position, value); // the driver's own array encoding: text[], integer[]
        } else {
            throw new IllegalArgumentException(
                    "no binding for a " + value.getClass().getName() + ": add it here");
        }
    }

    /** The value as Jdbi's own arguments show it (in logs, and to tests that read a statement's bindings). */
    @Override
    public String toString() {
        if (value instanceof String[] a) return Arrays.toString(a);
        if (value instanceof int[] a) return Arrays.toString(a);
        return String.valueOf(value);
    }
}
