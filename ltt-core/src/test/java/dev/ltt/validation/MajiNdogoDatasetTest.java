package dev.ltt.validation;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.sql.ResultSet;
import java.sql.ResultSetMetaData;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.sqlite.SQLiteConfig;
import org.sqlite.SQLiteConnection;

/**
 * The generated md_water_services against the Maji Ndogo curriculum: every check of every task, with the task's
 * own query run in course order on one copy (so the later tasks find the table the earlier ones made), and the
 * numbers and rows the text states.
 */
class MajiNdogoDatasetTest {
    static SQLiteConnection db;

    @BeforeAll
    static void open() throws SQLException {
        db = MajiNdogoDataset.dataset().openCopy();
    }

    @AfterAll
    static void close() throws SQLException {
        db.close();
    }

    /** Runs here in course order; each test below reads the dataset as it was before any change. */
    @Test
    void every_check_of_the_curriculum_holds_when_its_own_query_runs_in_course_order() throws SQLException {
        try (SQLiteConnection copy = MajiNdogoDataset.dataset().openCopy()) {
            List<MajiNdogoChecks.Task> tasks = MajiNdogoChecks.tasks();
            assertThat(tasks).hasSize(16);
            for (MajiNdogoChecks.Task task : tasks) {
                for (JsonNode check : task.spec().get("checks")) {
                    String query = check.get("query").asText();
                    JsonNode expect = check.get("expect");
                    String before = changes(copy);
                    Rows rows = rows(copy, query);
                    String what = task.title() + ": " + query;
                    if (expect.path("modifies").asBoolean())
                        assertThat(changes(copy)).as(what).isNotEqualTo(before);
                    if (expect.has("row_count"))
                        assertThat(rows.count())
                                .as(what)
                                .isEqualTo(expect.get("row_count").asLong());
                    if (expect.has("min_rows")) {
                        assertThat(rows.count())
                                .as(what)
                                .isGreaterThanOrEqualTo(expect.get("min_rows").asLong());
                    }
                    if (expect.has("columns")) {
                        List<String> columns = new ArrayList<>();
                        expect.get("columns").forEach(c -> columns.add(c.asText()));
                        assertThat(rows.columns()).as(what).isEqualTo(columns);
                    }
                }
            }
        }
    }

    @Test
    void it_has_the_eight_tables_the_course_lists() throws SQLException {
        assertThat(column("SELECT name FROM sqlite_master WHERE type='table' ORDER BY name"))
                .containsExactly(
                        "column_legend",
                        "employee",
                        "global_water_access",
                        "location",
                        "quality_score",
                        "visits",
                        "water_source",
                        "well_pollution");
    }

    @Test
    void the_numbers_the_text_states_hold() throws SQLException {
        assertThat(count("SELECT * FROM quality_score WHERE visit_count = 2 AND subjective_quality_score = 10"))
                .isEqualTo(218);
        assertThat(count("SELECT * FROM well_pollution WHERE description LIKE 'Clean_%'"))
                .isEqualTo(38);
        assertThat(column("SELECT DISTINCT description FROM well_pollution WHERE description LIKE 'Clean_%' "
                        + "ORDER BY 1"))
                .containsExactly("Clean Bacteria: E. coli", "Clean Bacteria: Giardia Lamblia");
        assertThat(count("SELECT * FROM visits")).isEqualTo(60_000);
        assertThat(count("SELECT * FROM location")).isEqualTo(39_650);
        assertThat(count("SELECT * FROM water_source")).isEqualTo(39_650);
        assertThat(column("SELECT DISTINCT type_of_water_source FROM water_source ORDER BY 1"))
                .containsExactly("river", "shared_tap", "tap_in_home", "tap_in_home_broken", "well");
        assertThat(count("SELECT * FROM well_pollution"))
                .isEqualTo(count("SELECT * FROM water_source WHERE " + "type_of_water_source = 'well'"));
        assertThat(count("SELECT * FROM visits WHERE visit_count > 1 AND source_id NOT IN (SELECT source_id FROM "
                        + "water_source WHERE type_of_water_source = 'shared_tap')"))
                .isZero();
        assertThat(
                        column(
                                "SELECT number_of_people_served FROM water_source JOIN location ON location.location_id "
                                        + "|| '224' = source_id WHERE address = '18 Twiga Lane' AND type_of_water_source = 'shared_tap'"))
                .containsExactly("2700");
        assertThat(column("SELECT MIN(subjective_quality_score) || '-' || MAX(subjective_quality_score) FROM "
                        + "quality_score"))
                .containsExactly("1-10");
    }

    @Test
    void the_first_rows_of_each_table_are_the_ones_the_text_shows() throws SQLException {
        assertThat(column("SELECT location_id || ' | ' || address || ' | ' || province_name || ' | ' || town_name "
                        + "|| ' | ' || location_type FROM location LIMIT 5"))
                .containsExactly(
                        "AkHa00000 | 2 Addis Ababa Road | Akatsi | Harare | Urban",
                        "AkHa00001 | 10 Addis Ababa Road | Akatsi | Harare | Urban",
                        "AkHa00002 | 9 Addis Ababa Road | Akatsi | Harare | Urban",
                        "AkHa00003 | 139 Addis Ababa Road | Akatsi | Harare | Urban",
                        "AkHa00004 | 17 Addis Ababa Road | Akatsi | Harare | Urban");
        assertThat(column("SELECT record_id || ' ' || location_id || ' ' || source_id || ' ' || time_of_record || ' ' "
                        + "|| visit_count || ' ' || time_in_queue || ' ' || assigned_employee_id FROM visits LIMIT 5"))
                .containsExactly(
                        "0 SoIl32582 SoIl32582224 2021-01-01 09:10:00 1 15 12",
                        "1 KiRu28935 KiRu28935224 2021-01-01 09:17:00 1 0 46",
                        "2 HaRu19752 HaRu19752224 2021-01-01 09:36:00 1 62 40",
                        "3 AkLu01628 AkLu01628224 2021-01-01 09:53:00 1 0 1",
                        "4 AkRu03357 AkRu03357224 2021-01-01 10:11:00 1 28 14");
        assertThat(column("SELECT source_id || ' ' || type_of_water_source || ' ' || number_of_people_served FROM "
                        + "water_source LIMIT 5"))
                .containsExactly(
                        "AkHa00000224 tap_in_home 956",
                        "AkHa00001224 tap_in_home_broken 930",
                        "AkHa00002224 tap_in_home_broken 486",
                        "AkHa00003224 well 364",
                        "AkHa00004224 tap_in_home_broken 94");
        assertThat(column("SELECT source_id || ' ' || date || ' ' || results FROM well_pollution LIMIT 5"))
                .containsExactly(
                        "KiRu28935224 2021-01-04 09:17:00 Contaminated: Biological",
                        "AkLu01628224 2021-01-04 09:53:00 Contaminated: Biological",
                        "HaZa21742224 2021-01-04 10:37:00 Contaminated: Chemical",
                        "HaRu19725224 2021-01-04 11:04:00 Clean",
                        "SoRu35703224 2021-01-04 11:29:00 Contaminated: Biological");
    }

    @Test
    void the_long_queues_the_sources_looked_up_and_the_contradictions_are_the_texts() throws SQLException {
        assertThat(column("SELECT record_id || ' ' || source_id || ' ' || visit_count || ' ' || time_in_queue FROM "
                        + "visits WHERE time_in_queue > 500"))
                .containsExactly(
                        "899 SoRu35083224 6 515",
                        "2304 SoKo33124224 5 512",
                        "2315 KiRu26095224 3 529",
                        "3206 SoRu38776224 5 509",
                        "3701 HaRu19601224 3 504",
                        "4154 SoRu38869224 2 533",
                        "5483 AmRu14089224 4 509",
                        "9177 SoRu37635224 2 515",
                        "9648 SoRu36096224 2 533",
                        "11631 AkKi00881224 6 502");
        assertThat(column("SELECT source_id || ' ' || type_of_water_source || ' ' || number_of_people_served FROM "
                        + "water_source WHERE source_id IN ('AkRu05234224', 'AkKi00881224', 'SoRu37635224', 'SoRu36096224', "
                        + "'HaZa21742224', 'AkLu01628224', 'SoRu38776224') ORDER BY source_id"))
                .containsExactly(
                        "AkKi00881224 shared_tap 3398",
                        "AkLu01628224 well 210",
                        "AkRu05234224 tap_in_home_broken 496",
                        "HaZa21742224 well 308",
                        "SoRu36096224 shared_tap 3786",
                        "SoRu37635224 shared_tap 3920",
                        "SoRu38776224 shared_tap 3180");
        List<String> contradictions = column("SELECT source_id || ' ' || description FROM well_pollution "
                + "WHERE results = 'Clean' AND biological > 0.01");
        assertThat(contradictions.subList(0, 7))
                .containsExactly(
                        "AkRu08936224 Bacteria: E. coli",
                        "AkRu06489224 Clean Bacteria: Giardia Lamblia",
                        "SoRu38011224 Bacteria: E. coli",
                        "AkKi00955224 Bacteria: E. coli",
                        "KiHa22929224 Bacteria: E. coli",
                        "KiRu25473224 Clean Bacteria: Giardia Lamblia",
                        "HaRu17401224 Clean Bacteria: Giardia Lamblia");
        assertThat(contradictions).hasSize(7 + 27 + 20);
    }

    @Test
    void every_visit_count_counts_the_visits_of_its_source_in_time_order() throws SQLException {
        assertThat(count("SELECT * FROM (SELECT visit_count, ROW_NUMBER() OVER (PARTITION BY source_id ORDER BY "
                        + "record_id) AS n FROM visits) WHERE n != visit_count"))
                .isZero();
        assertThat(count("SELECT * FROM visits v JOIN visits w ON w.record_id = v.record_id + 1 "
                        + "WHERE w.time_of_record < v.time_of_record"))
                .isZero();
        assertThat(count("SELECT * FROM visits v JOIN quality_score q USING (record_id) WHERE "
                        + "q.visit_count != v.visit_count"))
                .isZero();
    }

    @Test
    void generating_twice_gives_the_same_bytes() throws SQLException {
        assertThat(image()).isEqualTo(image());
    }

    private static byte[] image() throws SQLException {
        try (SQLiteConnection fresh = (SQLiteConnection) new SQLiteConfig().createConnection("jdbc:sqlite::memory:")) {
            MajiNdogoDataset.generate(fresh);
            return fresh.serialize("main");
        }
    }

    record Rows(List<String> columns, long count) {}

    private static Rows rows(SQLiteConnection on, String sql) throws SQLException {
        try (Statement statement = on.createStatement()) {
            if (!statement.execute(sql)) return new Rows(null, 0);
            try (ResultSet rs = statement.getResultSet()) {
                ResultSetMetaData meta = rs.getMetaData();
                List<String> columns = new ArrayList<>();
                for (int c = 1; c <= meta.getColumnCount(); c++) columns.add(meta.getColumnLabel(c));
                long count = 0;
                while (rs.next()) count++;
                return new Rows(columns, count);
            }
        }
    }

    private static String changes(SQLiteConnection on) throws SQLException {
        try (Statement statement = on.createStatement();
                ResultSet rs = statement.executeQuery(
                        "SELECT total_changes() || '/' || (SELECT schema_version FROM " + "pragma_schema_version)")) {
            rs.next();
            return rs.getString(1);
        }
    }

    private static long count(String sql) throws SQLException {
        return rows(db, sql).count();
    }

    private static List<String> column(String sql) throws SQLException {
        List<String> values = new ArrayList<>();
        try (Statement statement = db.createStatement();
                ResultSet rs = statement.executeQuery(sql)) {
            while (rs.next()) values.add(rs.getString(1));
        }
        return values;
    }
}
