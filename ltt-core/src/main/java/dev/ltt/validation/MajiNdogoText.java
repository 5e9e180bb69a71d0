package dev.ltt.validation;

import java.util.List;
import java.util.Map;

/**
 * The rows the Maji Ndogo curriculum's text shows, so that a learner who runs the course's queries sees what the
 * text says they will (the first rows of each table, the visits with queues over 500 minutes, the sources looked
 * up with IN, the contradictory well tests). Everything else the generator makes up around them.
 */
final class MajiNdogoText {
    private MajiNdogoText() {}

    static final String SUFFIX = "224";

    /** The five provinces: the first two letters of every location_id, and the number range each one holds. */
    static final List<Province> PROVINCES = List.of(
            new Province("Akatsi", "Ak", 0, 10_000, List.of("Harare", "Lusaka", "Kintampo", "Rural")),
            new Province("Amanzi", "Am", 10_000, 17_000, List.of("Abidjan", "Asmara", "Bello", "Dahabu", "Rural")),
            new Province("Hawassa", "Ha", 17_000, 22_000, List.of("Amina", "Djibouti", "Serowe", "Zanzibar", "Rural")),
            new Province("Kilimani", "Ki", 22_000, 30_000, List.of("Amara", "Harare", "Mrembo", "Zanzibar", "Rural")),
            new Province("Sokoto", "So", 30_000, 39_650, List.of("Bahari", "Cheche", "Ilanga", "Kofi", "Rural")));

    record Province(String name, String code, int from, int to, List<String> towns) {}

    /** A location the text names, with the type and size of its water source (null: the generator picks). */
    record Source(String locationId, String type, Integer people) {}

    static final List<Source> SOURCES = List.of(
            new Source("AkHa00000", "tap_in_home", 956),
            new Source("AkHa00001", "tap_in_home_broken", 930),
            new Source("AkHa00002", "tap_in_home_broken", 486),
            new Source("AkHa00003", "well", 364),
            new Source("AkHa00004", "tap_in_home_broken", 94),
            new Source("AkKi00881", "shared_tap", 3398),
            new Source("AkLu01628", "well", 210),
            new Source("AkRu05234", "tap_in_home_broken", 496),
            new Source("HaRu19601", "shared_tap", 3322),
            new Source("HaZa21742", "well", 308),
            new Source("SoRu36096", "shared_tap", 3786),
            new Source("SoRu37635", "shared_tap", 3920),
            new Source("SoRu38776", "shared_tap", 3180),
            new Source("SoIl32582", "shared_tap", null),
            new Source("KiRu28935", "well", null),
            new Source("HaRu19752", "shared_tap", null),
            new Source("AkRu03357", "shared_tap", null),
            new Source("SoRu35083", "shared_tap", null),
            new Source("SoKo33124", "shared_tap", null),
            new Source("KiRu26095", "shared_tap", null),
            new Source("SoRu38869", "shared_tap", null),
            new Source("AmRu14089", "shared_tap", null),
            new Source("AkRu08936", "well", null),
            new Source("AkRu06489", "well", null),
            new Source("SoRu38011", "well", null),
            new Source("AkKi00955", "well", null),
            new Source("KiHa22929", "well", null),
            new Source("KiRu25473", "well", null),
            new Source("HaRu17401", "well", null),
            new Source("HaRu19725", "well", null),
            new Source("SoRu35703", "well", null));

    /** The addresses of the first five locations; everything else gets a made-up address. */
    static final Map<String, String> ADDRESSES = Map.of(
            "AkHa00000",
            "2 Addis Ababa Road",
            "AkHa00001",
            "10 Addis Ababa Road",
            "AkHa00002",
            "9 Addis Ababa Road",
            "AkHa00003",
            "139 Addis Ababa Road",
            "AkHa00004",
            "17 Addis Ababa Road");

    /** A visit the text shows: its record_id, what was found, and how many earlier visits its source had. */
    record Visit(int recordId, String locationId, String time, int visitCount, int queue, int employee) {}

    static final List<Visit> VISITS = List.of(
            new Visit(0, "SoIl32582", "2021-01-01 09:10:00", 1, 15, 12),
            new Visit(1, "KiRu28935", "2021-01-01 09:17:00", 1, 0, 46),
            new Visit(2, "HaRu19752", "2021-01-01 09:36:00", 1, 62, 40),
            new Visit(3, "AkLu01628", "2021-01-01 09:53:00", 1, 0, 1),
            new Visit(4, "AkRu03357", "2021-01-01 10:11:00", 1, 28, 14),
            new Visit(899, "SoRu35083", "2021-01-16 10:14:00", 6, 515, 28),
            new Visit(2304, "SoKo33124", "2021-02-06 07:53:00", 5, 512, 16),
            new Visit(2315, "KiRu26095", "2021-02-06 14:32:00", 3, 529, 8),
            new Visit(3206, "SoRu38776", "2021-02-20 15:03:00", 5, 509, 46),
            new Visit(3701, "HaRu19601", "2021-02-27 12:53:00", 3, 504, 0),
            new Visit(4154, "SoRu38869", "2021-03-06 10:44:00", 2, 533, 24),
            new Visit(5483, "AmRu14089", "2021-03-27 18:15:00", 4, 509, 12),
            new Visit(9177, "SoRu37635", "2021-05-22 18:48:00", 2, 515, 1),
            new Visit(9648, "SoRu36096", "2021-05-29 11:24:00", 2, 533, 3),
            new Visit(11631, "AkKi00881", "2021-06-26 06:15:00", 6, 502, 32));

    /** A well test the text shows, in the order the table lists them. */
    record Test(
            String sourceId, String date, String description, double pollutant, double biological, String results) {}

    static final String ZINC = "Inorganic contaminants: Zinc, Lead, Cadmium";

    /** The first five rows of well_pollution. */
    static final List<Test> FIRST_TESTS = List.of(
            new Test(
                    "KiRu28935224",
                    "2021-01-04 09:17:00",
                    "Bacteria: Giardia Lamblia",
                    0.0,
                    495.898,
                    "Contaminated: Biological"),
            new Test(
                    "AkLu01628224",
                    "2021-01-04 09:53:00",
                    "Bacteria: Salmonella Typhi",
                    0.0,
                    376.572,
                    "Contaminated: Biological"),
            new Test("HaZa21742224", "2021-01-04 10:37:00", ZINC, 2.715, 0.0, "Contaminated: Chemical"),
            new Test("HaRu19725224", "2021-01-04 11:04:00", "Clean", 0.0288593, 0.0, "Clean"),
            new Test(
                    "SoRu35703224",
                    "2021-01-04 11:29:00",
                    "Bacteria: E. coli",
                    0.0,
                    296.437,
                    "Contaminated: Biological"));

    /** The wells marked Clean although biological &gt; 0.01, as the text lists the first of them. */
    static final List<Test> CONTRADICTIONS = List.of(
            new Test("AkRu08936224", "2021-01-08 09:22:00", "Bacteria: E. coli", 0.0406458, 35.0068, "Clean"),
            new Test(
                    "AkRu06489224",
                    "2021-01-10 09:44:00",
                    "Clean Bacteria: Giardia Lamblia",
                    0.0897904,
                    38.467,
                    "Clean"),
            new Test("SoRu38011224", "2021-01-14 15:35:00", "Bacteria: E. coli", 0.0425095, 19.2897, "Clean"),
            new Test("AkKi00955224", "2021-01-22 12:47:00", "Bacteria: E. coli", 0.0812092, 40.2273, "Clean"),
            new Test("KiHa22929224", "2021-02-06 13:54:00", "Bacteria: E. coli", 0.0722537, 18.4482, "Clean"),
            new Test(
                    "KiRu25473224",
                    "2021-02-07 15:51:00",
                    "Clean Bacteria: Giardia Lamblia",
                    0.0630094,
                    24.4536,
                    "Clean"),
            new Test(
                    "HaRu17401224",
                    "2021-03-01 13:44:00",
                    "Clean Bacteria: Giardia Lamblia",
                    0.0649209,
                    25.8129,
                    "Clean"));
}
