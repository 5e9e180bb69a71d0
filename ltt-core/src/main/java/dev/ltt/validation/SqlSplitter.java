package dev.ltt.validation;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * Splits SQL text into statements at semicolons that are outside string literals, quoted identifiers and
 * comments, and outside the {@code BEGIN ... END} body of a {@code CREATE TRIGGER}. Statements holding only
 * comments or whitespace are dropped. Stateless.
 */
final class SqlSplitter {
    private SqlSplitter() {}

    static List<String> split(String sql) {
        List<String> statements = new ArrayList<>();
        Statement current = new Statement();
        int i = 0;
        while (i < sql.length()) {
            char c = sql.charAt(i);
            int end;
            if (c == '\'' || c == '"' || c == '`') end = quoted(sql, i, c);
            else if (c == '[') end = until(sql, i + 1, "]");
            else if (c == '-' && sql.startsWith("--", i)) end = until(sql, i + 2, "\n");
            else if (c == '/' && sql.startsWith("/*", i)) end = until(sql, i + 2, "*/");
            else if (Character.isLetter(c) || c == '_') end = word(sql, i);
            else end = i + 1;
            String token = sql.substring(i, end);
            if (c == ';' && current.endsAtSemicolon()) {
                current.finish(statements);
                current = new Statement();
            } else {
                current.add(token, Character.isLetter(c) || c == '_', (c == '-' || c == '/') && end > i + 1);
            }
            i = end;
        }
        current.finish(statements);
        return statements;
    }

    /** The first keyword of a statement, upper-case, skipping leading comments; empty if it has none. */
    static String firstKeyword(String statement) {
        List<String> words = keywords(statement, 1);
        return words.isEmpty() ? "" : words.get(0);
    }

    /** Up to {@code limit} leading words of a statement outside comments and quotes, upper-case. */
    static List<String> keywords(String statement, int limit) {
        List<String> words = new ArrayList<>();
        int i = 0;
        while (i < statement.length() && words.size() < limit) {
            char c = statement.charAt(i);
            if (c == '-' && statement.startsWith("--", i)) i = until(statement, i + 2, "\n");
            else if (c == '/' && statement.startsWith("/*", i)) i = until(statement, i + 2, "*/");
            else if (c == '\'' || c == '"' || c == '`') i = quoted(statement, i, c);
            else if (Character.isLetter(c) || c == '_') {
                int end = word(statement, i);
                words.add(statement.substring(i, end).toUpperCase(Locale.ROOT));
                i = end;
            } else i++;
        }
        return words;
    }

    private static int quoted(String sql, int start, char quote) {
        int i = start + 1;
        while (i < sql.length()) {
            if (sql.charAt(i) == quote) {
                if (i + 1 < sql.length() && sql.charAt(i + 1) == quote) i += 2;
                else return i + 1;
            } else i++;
        }
        return sql.length();
    }

    private static int until(String sql, int from, String terminator) {
        int at = sql.indexOf(terminator, from);
        return at < 0 ? sql.length() : at + terminator.length();
    }

    private static int word(String sql, int start) {
        int i = start;
        while (i < sql.length()
                && (Character.isLetterOrDigit(sql.charAt(i)) || sql.charAt(i) == '_' || sql.charAt(i) == '$')) i++;
        return i;
    }

    /** The statement being collected, and whether a semicolon now ends it. */
    private static final class Statement {
        private final StringBuilder text = new StringBuilder();
        private final List<String> leading = new ArrayList<>();
        private boolean hasCode;
        private boolean trigger;
        private boolean inBody;
        private int depth;

        void add(String token, boolean isWord, boolean isComment) {
            text.append(token);
            if (!isComment && !token.isBlank()) hasCode = true;
            if (isWord) keyword(token.toUpperCase(Locale.ROOT));
        }

        private void keyword(String word) {
            if (leading.size() < 3) {
                leading.add(word);
                trigger = leading.get(0).equals("CREATE") && leading.contains("TRIGGER");
            }
            if (!trigger) return;
            if (word.equals("BEGIN") || word.equals("CASE")) {
                inBody = true;
                depth++;
            } else if (word.equals("END") && depth > 0) {
                depth--;
            }
        }

        boolean endsAtSemicolon() {
            return !trigger || inBody && depth == 0;
        }

        void finish(List<String> statements) {
            if (hasCode) statements.add(text.toString().strip());
        }
    }
}
