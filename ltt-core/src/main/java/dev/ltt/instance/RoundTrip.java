package dev.ltt.instance;

import dev.ltt.db.Bound;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.concurrent.ConcurrentHashMap;
import org.jdbi.v3.core.Handle;
import org.jdbi.v3.core.statement.Query;

/**
 * Writes sent to PostgreSQL together: the statements a unit of work collects while it runs (its state changes,
 * the notes it generates, the scores it queues) go out in one round trip, in the order they were added, and run
 * one after another on the server, each seeing what the ones before it wrote. A statement's result is read only
 * when it asks for it ({@link Statement#reading}). Values
 * are bound by name across all statements, so a name two statements share must carry the same value. Not
 * thread-safe: one per unit of work.
 */
public final class RoundTrip {
    private final List<String> statements = new ArrayList<>();
    /** By statement, what reads its result (null: nothing). */
    private final List<ResultReader> readers = new ArrayList<>();

    private final Map<String, Object> values = new HashMap<>();

    /**
     * A trip's text by its statements: a unit sends one of a few combinations of the same constant statements, and
     * reusing one text for each keeps the driver's and Jdbi's caches from hashing and comparing a new copy every time.
     */
    private static final Map<List<String>, String> TEXTS = new ConcurrentHashMap<>();

    private static final int TEXTS_KEPT = 256;

    /** Adds a statement; bind its values on what this returns. */
    public Statement add(String sql) {
        statements.add(sql);
        readers.add(null);
        return new Statement(readers.size() - 1);
    }

    public boolean isEmpty() {
        return statements.isEmpty();
    }

    /** Sends the statements added since the last send and waits for them all to finish; nothing when there are none. */
    public void send(Handle h) {
        if (statements.isEmpty()) return;
        try (Query query = h.createQuery(text())) {
            values.forEach((name, value) -> query.bind(name, new Bound(value)));
            query.execute((statement, ctx) -> { // executed: walk the results, so that every statement has finished
                PreparedStatement ps = statement.get();
                for (int i = 0; i < readers.size(); i++) {
                    if (i > 0) ps.getMoreResults();
                    ResultReader reader = readers.get(i);
                    if (reader == null) continue;
                    try (ResultSet rs = ps.getResultSet()) {
                        reader.read(rs);
                    }
                }
                return null;
            });
        } finally {
            statements.clear();
            readers.clear();
            values.clear();
        }
    }

    private String text() {
        String text = TEXTS.get(statements);
        if (text != null) return text;
        text = String.join(";\n", statements);
        if (TEXTS.size() < TEXTS_KEPT) TEXTS.putIfAbsent(List.copyOf(statements), text);
        return text;
    }

    /** Reads a statement's rows when the trip is sent. */
    @FunctionalInterface
    public interface ResultReader {
        void read(ResultSet rs) throws SQLException;
    }

    /** The values of the statement just added. */
    public final class Statement {
        private final int index;

        private Statement(int index) {
            this.index = index;
        }

        /** Reads this statement's rows when the trip is sent. */
        public Statement reading(ResultReader reader) {
            readers.set(index, reader);
            return this;
        }

        public Statement bind(String name, Object value) {
            if (values.containsKey(name) && !Objects.deepEquals(values.get(name), value)) {
                throw new IllegalArgumentException(
                        "statements sent together bind :" + name + " to different values: rename one");
            }
            values.put(name, value);
            return this;
        }
    }
}
