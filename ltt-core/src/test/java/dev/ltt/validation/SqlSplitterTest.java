package dev.ltt.validation;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class SqlSplitterTest {
    @Test
    void statements_split_at_semicolons_and_blank_ones_are_dropped() {
        assertThat(SqlSplitter.split("SELECT 1; SELECT 2;;\n  ;SELECT 3"))
                .containsExactly("SELECT 1", "SELECT 2", "SELECT 3");
    }

    @Test
    void semicolons_inside_strings_identifiers_and_comments_do_not_split() {
        String sql = "SELECT 'a;b', \"c;d\", `e;f`, [g;h] FROM t -- note; here\n WHERE x = 'it''s; fine' /* c; */;"
                + "SELECT 2";
        assertThat(SqlSplitter.split(sql)).hasSize(2).last().isEqualTo("SELECT 2");
        assertThat(SqlSplitter.split(sql).get(0)).contains("'it''s; fine'").endsWith("/* c; */");
    }

    @Test
    void comment_only_statements_are_dropped() {
        assertThat(SqlSplitter.split("-- just a note\n/* and another */;\nSELECT 1; -- trailing"))
                .containsExactly("SELECT 1");
    }

    @Test
    void a_trigger_body_stays_in_one_statement() {
        String trigger = "CREATE TRIGGER t AFTER INSERT ON a BEGIN UPDATE b SET n = CASE WHEN n > 0 THEN n END; "
                + "DELETE FROM c; END";
        assertThat(SqlSplitter.split(trigger + "; SELECT 1")).containsExactly(trigger, "SELECT 1");
    }

    @Test
    void the_first_keyword_skips_leading_comments() {
        assertThat(SqlSplitter.firstKeyword("-- find them\n /* all */ select * from t"))
                .isEqualTo("SELECT");
        assertThat(SqlSplitter.firstKeyword("  ")).isEmpty();
    }

    @Test
    void statements_are_classified_by_what_they_would_do() {
        assertThat(SqlStatementKind.of("WITH x AS (SELECT 1) SELECT * FROM x")).isEqualTo(SqlStatementKind.READ);
        assertThat(SqlStatementKind.of("update t set a = 1")).isEqualTo(SqlStatementKind.CHANGE);
        assertThat(SqlStatementKind.of("CREATE TABLE c AS SELECT 1")).isEqualTo(SqlStatementKind.CHANGE);
        assertThat(SqlStatementKind.of("PRAGMA table_info(location)")).isEqualTo(SqlStatementKind.READ);
        assertThat(SqlStatementKind.of("PRAGMA main.table_info(location)")).isEqualTo(SqlStatementKind.READ);
        assertThat(SqlStatementKind.of("PRAGMA query_only = 0")).isEqualTo(SqlStatementKind.REFUSED);
        assertThat(SqlStatementKind.of("PRAGMA query_only(0)")).isEqualTo(SqlStatementKind.REFUSED);
        assertThat(SqlStatementKind.of("ATTACH DATABASE '/tmp/x.db' AS x")).isEqualTo(SqlStatementKind.REFUSED);
        assertThat(SqlStatementKind.of("VACUUM INTO '/tmp/copy.db'")).isEqualTo(SqlStatementKind.REFUSED);
        assertThat(SqlStatementKind.of("BEGIN")).isEqualTo(SqlStatementKind.TRANSACTION);
    }
}
