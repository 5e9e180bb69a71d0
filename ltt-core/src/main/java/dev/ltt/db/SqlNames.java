package dev.ltt.db;

import java.util.List;
import java.util.stream.Collectors;

/** Identifiers read from the catalog, quoted for SQL text (names cannot be bound as values). */
final class SqlNames {
    private SqlNames() {}

    static String quote(String identifier) {
        return '"' + identifier.replace("\"", "\"\"") + '"';
    }

    static String list(List<String> identifiers) {
        return identifiers.stream().map(SqlNames::quote).collect(Collectors.joining(", "));
    }
}
