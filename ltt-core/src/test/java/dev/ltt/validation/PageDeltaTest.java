package dev.ltt.validation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import org.junit.jupiter.api.Test;
import org.sqlite.SQLiteConnection;

/** A learner's copy stored as the pages that differ from the dataset: small, exact, and only for that dataset. */
class PageDeltaTest {
    static final SqlDataset MAJI = MajiNdogoDataset.dataset();

    @Test
    void a_copy_with_a_new_table_and_updated_rows_is_stored_as_a_fraction_of_the_database_and_comes_back_exact()
            throws SQLException {
        byte[] changed;
        try (SQLiteConnection db = MAJI.openCopy();
                Statement s = db.createStatement()) {
            s.execute("CREATE TABLE well_pollution_copy AS SELECT * FROM well_pollution");
            s.execute("UPDATE well_pollution SET description = 'Bacteria: E. coli' WHERE description = "
                    + "'Clean Bacteria: E. coli'");
            changed = db.serialize("main");
        }
        byte[] delta = MAJI.delta(changed);
        assertThat(delta.length).isLessThan(changed.length / 4);
        byte[] back = MAJI.restore(delta);
        assertThat(back).isEqualTo(changed);
        try (SQLiteConnection db = SqlDataset.open(back);
                Statement s = db.createStatement();
                ResultSet rs = s.executeQuery("SELECT COUNT(*) FROM well_pollution WHERE description LIKE 'Clean_%'")) {
            rs.next();
            assertThat(rs.getLong(1)).isEqualTo(38 - 26);
        }
    }

    @Test
    void an_unchanged_copy_is_only_its_header_page_and_a_copy_of_other_data_is_refused() throws SQLException {
        byte[] same;
        try (SQLiteConnection db = MAJI.openCopy()) {
            same = db.serialize("main");
        }
        assertThat(MAJI.delta(same).length).isLessThan(2 * 4096 + 100);
        SqlDataset other = SqlDataset.fromScript("other", "CREATE TABLE t (x); INSERT INTO t VALUES (1);");
        byte[] foreign = MAJI.delta(same);
        assertThatThrownBy(() -> other.restore(foreign))
                .isInstanceOf(SqlDataset.OutdatedCopyException.class)
                .hasMessageContaining("changed since this copy was made");
        assertThatThrownBy(() -> MAJI.restore(new byte[] {1, 2, 3}))
                .isInstanceOf(SqlDataset.OutdatedCopyException.class)
                .hasMessageContaining("damaged");
    }
}
