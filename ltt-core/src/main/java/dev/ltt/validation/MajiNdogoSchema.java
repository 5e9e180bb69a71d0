package dev.ltt.validation;

import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.util.List;
import java.util.Random;
import org.sqlite.SQLiteConnection;

/** The tables of {@code md_water_services}, and its small reference tables: the team, world figures, the legend. */
final class MajiNdogoSchema {
    private MajiNdogoSchema() {}

    static final String SCHEMA = """
            CREATE TABLE column_legend (table_name TEXT NOT NULL, column_name TEXT NOT NULL, description TEXT NOT NULL,
                PRIMARY KEY (table_name, column_name));
            CREATE TABLE employee (assigned_employee_id INTEGER PRIMARY KEY, employee_name TEXT, phone_number TEXT,
                email TEXT, address TEXT, town_name TEXT, province_name TEXT, position TEXT);
            CREATE TABLE global_water_access (name TEXT PRIMARY KEY, region TEXT, year INTEGER, pop_n REAL, pop_u REAL,
                wat_bas_n REAL, wat_lim_n REAL, wat_unimp_n REAL, wat_sur_n REAL,
                wat_bas_r REAL, wat_lim_r REAL, wat_unimp_r REAL, wat_sur_r REAL,
                wat_bas_u REAL, wat_lim_u REAL, wat_unimp_u REAL, wat_sur_u REAL);
            CREATE TABLE location (location_id TEXT PRIMARY KEY, address TEXT, province_name TEXT, town_name TEXT,
                location_type TEXT);
            CREATE TABLE quality_score (record_id INTEGER PRIMARY KEY, subjective_quality_score INTEGER,
                visit_count INTEGER);
            CREATE TABLE visits (record_id INTEGER PRIMARY KEY, location_id TEXT REFERENCES location (location_id),
                source_id TEXT REFERENCES water_source (source_id), time_of_record TEXT, visit_count INTEGER,
                time_in_queue INTEGER, assigned_employee_id INTEGER REFERENCES employee (assigned_employee_id));
            CREATE TABLE water_source (source_id TEXT PRIMARY KEY, type_of_water_source TEXT,
                number_of_people_served INTEGER);
            CREATE TABLE well_pollution (source_id TEXT REFERENCES water_source (source_id), date TEXT,
                description TEXT, pollutant_ppm REAL, biological REAL, results TEXT);
            """;

    static final List<String> STREETS = List.of(
            "Addis Ababa Road",
            "Mwangaza Street",
            "Uhuru Avenue",
            "Kilimanjaro Road",
            "Baobab Close",
            "Jamhuri Street",
            "Mto Road",
            "Nyota Crescent",
            "Harambee Avenue",
            "Simba Drive",
            "Jua Kali Lane",
            "Umoja Road",
            "Mvua Street",
            "Pwani Way");

    private static final List<String[]> LEGEND = List.of(
            new String[] {"column_legend", "table_name", "The table the column belongs to"},
            new String[] {"column_legend", "column_name", "The name of the column"},
            new String[] {"column_legend", "description", "What the column holds"},
            new String[] {"employee", "assigned_employee_id", "Unique ID of each employee, used in visits"},
            new String[] {"employee", "employee_name", "Full name of the employee"},
            new String[] {"employee", "phone_number", "Contact number of the employee"},
            new String[] {"employee", "email", "Email address of the employee"},
            new String[] {"employee", "address", "Street address of the employee"},
            new String[] {"employee", "town_name", "Town the employee lives in"},
            new String[] {"employee", "province_name", "Province the employee lives in"},
            new String[] {"employee", "position", "Job title of the employee"},
            new String[] {"global_water_access", "name", "Country or region"},
            new String[] {"global_water_access", "region", "World region"},
            new String[] {"global_water_access", "year", "Year of the figures"},
            new String[] {"global_water_access", "pop_n", "National population (thousands)"},
            new String[] {"global_water_access", "pop_u", "Urban share of the population (%)"},
            new String[] {"global_water_access", "wat_bas_n", "Basic drinking water service, national (%)"},
            new String[] {"global_water_access", "wat_lim_n", "Limited drinking water service, national (%)"},
            new String[] {"global_water_access", "wat_unimp_n", "Unimproved drinking water source, national (%)"},
            new String[] {"global_water_access", "wat_sur_n", "Surface water, national (%)"},
            new String[] {"global_water_access", "wat_bas_r", "Basic drinking water service, rural (%)"},
            new String[] {"global_water_access", "wat_lim_r", "Limited drinking water service, rural (%)"},
            new String[] {"global_water_access", "wat_unimp_r", "Unimproved drinking water source, rural (%)"},
            new String[] {"global_water_access", "wat_sur_r", "Surface water, rural (%)"},
            new String[] {"global_water_access", "wat_bas_u", "Basic drinking water service, urban (%)"},
            new String[] {"global_water_access", "wat_lim_u", "Limited drinking water service, urban (%)"},
            new String[] {"global_water_access", "wat_unimp_u", "Unimproved drinking water source, urban (%)"},
            new String[] {"global_water_access", "wat_sur_u", "Surface water, urban (%)"},
            new String[] {"location", "location_id", "Unique ID of each location: province code, town code, number"},
            new String[] {"location", "address", "Street address of the location"},
            new String[] {"location", "province_name", "Province the location is in"},
            new String[] {"location", "town_name", "Town the location is in (Rural outside towns)"},
            new String[] {"location", "location_type", "Urban or Rural"},
            new String[] {"quality_score", "record_id", "The visit the score belongs to (visits.record_id)"},
            new String[] {"quality_score", "subjective_quality_score", "Surveyor's score, 1 (terrible) to 10 (good)"},
            new String[] {"quality_score", "visit_count", "Which visit to the source this was"},
            new String[] {"visits", "record_id", "Unique ID of each visit"},
            new String[] {"visits", "location_id", "The location visited (location.location_id)"},
            new String[] {"visits", "source_id", "The water source found there (water_source.source_id)"},
            new String[] {"visits", "time_of_record", "When the visit was recorded"},
            new String[] {"visits", "visit_count", "How many times the source had been visited, this one included"},
            new String[] {"visits", "time_in_queue", "Minutes people queued for water at the source"},
            new String[] {"visits", "assigned_employee_id", "The surveyor (employee.assigned_employee_id)"},
            new String[] {"water_source", "source_id", "Unique ID of each water source"},
            new String[] {
                "water_source",
                "type_of_water_source",
                "river, well, shared_tap, tap_in_home or " + "tap_in_home_broken"
            },
            new String[] {"water_source", "number_of_people_served", "How many people use the source"},
            new String[] {"well_pollution", "source_id", "The well tested (water_source.source_id)"},
            new String[] {"well_pollution", "date", "When the test was made"},
            new String[] {"well_pollution", "description", "The scientist's notes on what was found"},
            new String[] {"well_pollution", "pollutant_ppm", "Chemical pollutants, parts per million"},
            new String[] {
                "well_pollution", "biological", "Biological contamination in CFU/mL: above 0.01 is " + "contaminated"
            },
            new String[] {"well_pollution", "results", "Clean, Contaminated: Biological or Contaminated: Chemical"});

    private static final List<String[]> COUNTRIES = List.of(
            new String[] {"Maji Ndogo", "Sub-Saharan Africa"},
            new String[] {"Botswana", "Sub-Saharan Africa"},
            new String[] {"Ethiopia", "Sub-Saharan Africa"},
            new String[] {"Ghana", "Sub-Saharan Africa"},
            new String[] {"Kenya", "Sub-Saharan Africa"},
            new String[] {"Malawi", "Sub-Saharan Africa"},
            new String[] {"Mozambique", "Sub-Saharan Africa"},
            new String[] {"Nigeria", "Sub-Saharan Africa"},
            new String[] {"Rwanda", "Sub-Saharan Africa"},
            new String[] {"South Africa", "Sub-Saharan Africa"},
            new String[] {"Tanzania", "Sub-Saharan Africa"},
            new String[] {"Uganda", "Sub-Saharan Africa"},
            new String[] {"Zambia", "Sub-Saharan Africa"},
            new String[] {"Zimbabwe", "Sub-Saharan Africa"},
            new String[] {"Egypt", "Northern Africa"},
            new String[] {"Morocco", "Northern Africa"},
            new String[] {"India", "Southern Asia"},
            new String[] {"Brazil", "Latin America"},
            new String[] {"Germany", "Europe"},
            new String[] {"World", "World"});

    private static final List<String> FIRST_NAMES = List.of(
            "Amara",
            "Bello",
            "Chidi",
            "Dumisani",
            "Farai",
            "Gamba",
            "Imani",
            "Jabulani",
            "Kofi",
            "Lindiwe",
            "Malachi",
            "Nia",
            "Rudo",
            "Thandiwe",
            "Vuyisile",
            "Zuriel",
            "Kunle",
            "Wambui",
            "Asha",
            "Enitan");
    private static final List<String> LAST_NAMES = List.of(
            "Jengo", "Kunto", "Mbeki", "Bhengu", "Ndlovu", "Okoye", "Mwangi", "Dube", "Osei", "Tembo", "Achebe", "Moyo",
            "Zulu", "Banda", "Kamau");
    static final int EMPLOYEES = 56;

    static void insertReference(SQLiteConnection db, Random random) throws SQLException {
        try (PreparedStatement insert = db.prepareStatement("INSERT INTO column_legend VALUES (?, ?, ?)")) {
            for (String[] row : LEGEND) {
                for (int c = 0; c < 3; c++) insert.setString(c + 1, row[c]);
                insert.addBatch();
            }
            insert.executeBatch();
        }
        try (PreparedStatement insert = db.prepareStatement("INSERT INTO employee VALUES (?, ?, ?, ?, ?, ?, ?, ?)")) {
            for (int id = 0; id < EMPLOYEES; id++) {
                String first = FIRST_NAMES.get(random.nextInt(FIRST_NAMES.size()));
                String last = LAST_NAMES.get(random.nextInt(LAST_NAMES.size()));
                MajiNdogoText.Province province = MajiNdogoText.PROVINCES.get(random.nextInt(5));
                insert.setInt(1, id);
                insert.setString(2, first + " " + last);
                insert.setString(3, String.format("+99637%06d", random.nextInt(1_000_000)));
                insert.setString(4, (first + "." + last).toLowerCase() + id + "@ndogowater.gov");
                insert.setString(5, (1 + random.nextInt(120)) + " " + STREETS.get(random.nextInt(STREETS.size())));
                insert.setString(
                        6, province.towns().get(random.nextInt(province.towns().size())));
                insert.setString(7, province.name());
                insert.setString(8, id == 1 ? "Micro Biologist" : id % 9 == 0 ? "Civil Engineer" : "Field Surveyor");
                insert.addBatch();
            }
            insert.executeBatch();
        }
        try (PreparedStatement insert = db.prepareStatement(
                "INSERT INTO global_water_access VALUES (?, ?, 2020, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)")) {
            for (String[] country : COUNTRIES) {
                insert.setString(1, country[0]);
                insert.setString(2, country[1]);
                insert.setDouble(3, Math.round(1_000 + random.nextDouble() * 200_000));
                insert.setDouble(4, Math.round(20 + random.nextDouble() * 70));
                for (int area = 0; area < 3; area++) shares(insert, 5 + 4 * area, random);
                insert.addBatch();
            }
            insert.executeBatch();
        }
    }

    /** Four shares (basic, limited, unimproved, surface water) that add up to 100. */
    private static void shares(PreparedStatement insert, int first, Random random) throws SQLException {
        double basic = Math.round(40 + random.nextDouble() * 55);
        double limited = Math.round((100 - basic) * random.nextDouble() * 0.5);
        double unimproved = Math.round((100 - basic - limited) * random.nextDouble());
        insert.setDouble(first, basic);
        insert.setDouble(first + 1, limited);
        insert.setDouble(first + 2, unimproved);
        insert.setDouble(first + 3, 100 - basic - limited - unimproved);
    }
}
