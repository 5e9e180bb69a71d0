package dev.ltt.validation;

import java.util.List;
import java.util.Set;

/**
 * What a learner's SQL statement would do to the sandbox, judged from its leading keywords: read, change,
 * control a transaction, or reach outside the sandbox (refused always). SQLite itself enforces read-only
 * mode as well; this classification gives the learner a clear reason.
 */
enum SqlStatementKind {
    READ,
    CHANGE,
    TRANSACTION,
    REFUSED;

    private static final Set<String> READS = Set.of("SELECT", "WITH", "VALUES", "EXPLAIN");
    private static final Set<String> CHANGES =
            Set.of("INSERT", "UPDATE", "DELETE", "REPLACE", "CREATE", "DROP", "ALTER", "REINDEX", "ANALYZE");
    private static final Set<String> TRANSACTIONS =
            Set.of("BEGIN", "COMMIT", "END", "ROLLBACK", "SAVEPOINT", "RELEASE");
    /** Pragmas that only describe the schema; every other pragma could change how the sandbox behaves. */
    private static final Set<String> READ_PRAGMAS = Set.of(
            "TABLE_INFO",
            "TABLE_XINFO",
            "TABLE_LIST",
            "INDEX_LIST",
            "INDEX_INFO",
            "INDEX_XINFO",
            "FOREIGN_KEY_LIST",
            "FOREIGN_KEY_CHECK",
            "INTEGRITY_CHECK",
            "QUICK_CHECK");

    static SqlStatementKind of(String statement) {
        List<String> words = SqlSplitter.keywords(statement, 3);
        String first = words.isEmpty() ? "" : words.get(0);
        if (READS.contains(first)) return READ;
        if (CHANGES.contains(first)) return CHANGE;
        if (TRANSACTIONS.contains(first)) return TRANSACTION;
        if (first.equals("PRAGMA")) return readPragma(statement, words) ? READ : REFUSED;
        if (first.equals("ATTACH") || first.equals("DETACH") || first.equals("VACUUM")) return REFUSED;
        return READ; // not a statement SQLite knows: let SQLite report the syntax error
    }

    private static boolean readPragma(String statement, List<String> words) {
        if (statement.contains("=") || words.size() < 2) return false;
        String name = words.size() > 2 && words.get(1).equals("MAIN") ? words.get(2) : words.get(1);
        return READ_PRAGMAS.contains(name);
    }
}
