package dev.ltt.validation;

import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import org.sqlite.SQLiteConfig;
import org.sqlite.SQLiteConnection;

/**
 * Generates {@code md_water_services}, the Maji Ndogo course's SQLite database, from a fixed seed: the same bytes
 * on every machine and every run. It holds the eight tables the curriculum names, with the rows its text shows
 * (see {@link MajiNdogoText}) and the numbers it states: 39,650 locations with one water source each (five
 * types), 60,000 visits, exactly 10 of them with a queue over 500 minutes, exactly 218 quality scores of 10 on a
 * second visit, one pollution test per well with exactly 38 descriptions {@code LIKE 'Clean_%'}, and Clean
 * results on contaminated wells for the course to find and fix. Generated once per process, on first use.
 */
final class MajiNdogoDataset {
    static final String SLUG = "maji-ndogo-part1-v3";
    static final int LOCATIONS = 39_650;
    static final int VISITS = 60_000;
    static final int PERFECT_SECOND_VISITS = 218;
    static final int WRONG_CLEAN_DESCRIPTIONS = 38;
    private static final long SEED = 20_210_101L;
    private static final Map<String, Integer> TYPE_COUNTS =
            new LinkedHashMap<>(Map.of("river", 3_379, "well", 17_383, "shared_tap", 5_767, "tap_in_home", 7_265));
    private static SqlDataset dataset;

    private MajiNdogoDataset() {}

    /** The dataset, generated on the first call (about a second) and kept for the life of the process. */
    static synchronized SqlDataset dataset() {
        if (dataset == null) {
            try (SQLiteConnection db = (SQLiteConnection) new SQLiteConfig().createConnection("jdbc:sqlite::memory:")) {
                generate(db);
                dataset = SqlDataset.fromImage(SLUG, db.serialize("main"));
            } catch (SQLException e) {
                throw new SqlDatasetException("could not generate the Maji Ndogo dataset", e);
            }
        }
        return dataset;
    }

    static void generate(SQLiteConnection db) throws SQLException {
        Random random = new Random(SEED);
        try (Statement statement = db.createStatement()) {
            for (String sql : SqlSplitter.split(MajiNdogoSchema.SCHEMA)) statement.execute(sql);
        }
        db.setAutoCommit(false);
        List<Place> places = places(random);
        insertPlaces(db, places);
        List<Visit> visits = new MajiNdogoVisits(random, places).visits();
        insertVisits(db, visits, places, random);
        new MajiNdogoWells(random).insert(db, places);
        MajiNdogoSchema.insertReference(db, random);
        db.commit();
        db.setAutoCommit(true);
        try (Statement statement = db.createStatement()) {
            statement.execute("VACUUM");
        }
    }

    /** A location and its water source. */
    record Place(String locationId, String address, String province, String town, String type, int people) {
        String sourceId() {
            return locationId + MajiNdogoText.SUFFIX;
        }
    }

    /** A row of visits. */
    record Visit(int recordId, int place, String time, int visitCount, int queue, int employee) {}

    private static List<Place> places(Random random) {
        Map<Integer, MajiNdogoText.Source> named = new HashMap<>();
        MajiNdogoText.SOURCES.forEach(
                s -> named.put(Integer.parseInt(s.locationId().substring(4)), s));
        List<String> types = new ArrayList<>();
        Map<String, Integer> left = new LinkedHashMap<>(TYPE_COUNTS);
        MajiNdogoText.SOURCES.forEach(s -> left.computeIfPresent(s.type(), (t, n) -> n - 1));
        left.forEach((type, n) -> {
            for (int i = 0; i < n; i++) types.add(type);
        });
        while (types.size() < LOCATIONS - named.size()) types.add("tap_in_home_broken");
        java.util.Collections.shuffle(types, random);
        List<Place> places = new ArrayList<>(LOCATIONS);
        int next = 0;
        boolean twiga = false;
        for (int i = 0; i < LOCATIONS; i++) {
            MajiNdogoText.Province province = province(i);
            MajiNdogoText.Source source = named.get(i);
            String town = source != null
                    ? town(province, source.locationId().substring(2, 4))
                    : random.nextInt(100) < 55
                            ? "Rural"
                            : province.towns()
                                    .get(random.nextInt(province.towns().size() - 1));
            String id = province.code() + town.substring(0, 2) + String.format("%05d", i);
            String type = source != null ? source.type() : types.get(next++);
            int people = source != null && source.people() != null ? source.people() : people(type, random);
            String address = MajiNdogoText.ADDRESSES.getOrDefault(
                    id,
                    (1 + random.nextInt(200)) + " "
                            + MajiNdogoSchema.STREETS.get(random.nextInt(MajiNdogoSchema.STREETS.size())));
            if (!twiga && source == null && type.equals("shared_tap")) {
                address = "18 Twiga Lane";
                people = 2_700;
                twiga = true;
            }
            places.add(new Place(id, address, province.name(), town, type, people));
        }
        return places;
    }

    private static MajiNdogoText.Province province(int number) {
        return MajiNdogoText.PROVINCES.stream()
                .filter(p -> number >= p.from() && number < p.to())
                .findFirst()
                .orElseThrow();
    }

    private static String town(MajiNdogoText.Province province, String code) {
        return province.towns().stream()
                .filter(t -> t.startsWith(code))
                .findFirst()
                .orElseThrow();
    }

    private static int people(String type, Random random) {
        return switch (type) {
            case "tap_in_home", "tap_in_home_broken" -> 6 * (10 + random.nextInt(151)) + random.nextInt(6);
            case "shared_tap" -> 300 + random.nextInt(3_700);
            case "well" -> 100 + random.nextInt(400);
            default -> 100 + random.nextInt(900);
        };
    }

    private static void insertPlaces(SQLiteConnection db, List<Place> places) throws SQLException {
        try (PreparedStatement location = db.prepareStatement("INSERT INTO location VALUES (?, ?, ?, ?, ?)");
                PreparedStatement source = db.prepareStatement("INSERT INTO water_source VALUES (?, ?, ?)")) {
            for (Place p : places) {
                location.setString(1, p.locationId());
                location.setString(2, p.address());
                location.setString(3, p.province());
                location.setString(4, p.town());
                location.setString(5, p.town().equals("Rural") ? "Rural" : "Urban");
                location.addBatch();
                source.setString(1, p.sourceId());
                source.setString(2, p.type());
                source.setInt(3, p.people());
                source.addBatch();
            }
            location.executeBatch();
            source.executeBatch();
        }
    }

    private static void insertVisits(SQLiteConnection db, List<Visit> visits, List<Place> places, Random random)
            throws SQLException {
        List<Integer> secondVisits = new ArrayList<>();
        for (Visit v : visits) if (v.visitCount() == 2) secondVisits.add(v.recordId());
        java.util.Collections.shuffle(secondVisits, random);
        java.util.Set<Integer> perfect = new java.util.HashSet<>(secondVisits.subList(0, PERFECT_SECOND_VISITS));
        try (PreparedStatement visit = db.prepareStatement("INSERT INTO visits VALUES (?, ?, ?, ?, ?, ?, ?)");
                PreparedStatement score = db.prepareStatement("INSERT INTO quality_score VALUES (?, ?, ?)")) {
            for (Visit v : visits) {
                Place place = places.get(v.place());
                visit.setInt(1, v.recordId());
                visit.setString(2, place.locationId());
                visit.setString(3, place.sourceId());
                visit.setString(4, v.time());
                visit.setInt(5, v.visitCount());
                visit.setInt(6, v.queue());
                visit.setInt(7, v.employee());
                visit.addBatch();
                score.setInt(1, v.recordId());
                score.setInt(2, perfect.contains(v.recordId()) ? 10 : score(place.type(), v.queue(), random));
                score.setInt(3, v.visitCount());
                score.addBatch();
            }
            visit.executeBatch();
            score.executeBatch();
        }
    }

    /** The surveyor's score: 10 only for a working tap at home; shared taps lose points the longer the queue. */
    private static int score(String type, int queue, Random random) {
        return switch (type) {
            case "tap_in_home" -> 10;
            case "tap_in_home_broken" -> 1;
            case "river" -> 1 + random.nextInt(3);
            case "well" -> 3 + random.nextInt(6);
            default -> Math.max(1, Math.min(9, 9 - queue / 60 + random.nextInt(2) - random.nextInt(2)));
        };
    }
}
