package dev.ltt.validation;

import dev.ltt.validation.MajiNdogoDataset.Place;
import dev.ltt.validation.MajiNdogoText.Test;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Random;
import java.util.Set;
import org.sqlite.SQLiteConnection;

/**
 * One pollution test per well, in date order after the five the text shows first. The data-entry mistakes the
 * course fixes: 38 descriptions that start with "Clean " before a bacterium (30 of them also marked Clean in
 * results, 8 marked correctly), and 20 more E. coli wells marked Clean. Every other Clean result really is clean
 * (biological below 0.01), so after the course's three UPDATEs no contradiction is left.
 */
final class MajiNdogoWells {
    static final String CLEAN = "Clean";
    static final String BIOLOGICAL = "Contaminated: Biological";
    static final String CHEMICAL = "Contaminated: Chemical";
    static final String ECOLI = "Bacteria: E. coli";
    static final String GIARDIA = "Bacteria: Giardia Lamblia";
    private static final int WRONG_ECOLI = 26;
    private static final int WRONG_CLEAN_BUT_MARKED_RIGHT = 8;
    private static final int ECOLI_MARKED_CLEAN = 20;
    private static final List<String> BIOLOGICAL_NOTES = List.of(
            ECOLI,
            GIARDIA,
            "Bacteria: Salmonella Typhi",
            "Bacteria: Vibrio cholerae",
            "Parasite: Cryptosporidium",
            "Parasite: Entamoeba histolytica");
    private static final List<String> CHEMICAL_NOTES = List.of(
            MajiNdogoText.ZINC,
            "Inorganic contaminants: Arsenic, Lead",
            "Inorganic contaminants: Chromium, Barium",
            "Organic contaminants: Pesticides",
            "Inorganic contaminants: Mercury, Lead, Cadmium");
    private static final LocalDateTime FIRST = LocalDateTime.of(2021, 1, 4, 12, 0);
    private static final LocalDateTime AFTER_SHOWN = LocalDateTime.of(2021, 3, 2, 8, 0);
    private static final int SPAN_MINUTES = 2 * 365 * 24 * 60;
    private static final DateTimeFormatter FORMAT = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss");

    private final Random random;

    MajiNdogoWells(Random random) {
        this.random = random;
    }

    void insert(SQLiteConnection db, List<Place> places) throws SQLException {
        Set<String> shown = new HashSet<>();
        MajiNdogoText.FIRST_TESTS.forEach(t -> shown.add(t.sourceId()));
        MajiNdogoText.CONTRADICTIONS.forEach(t -> shown.add(t.sourceId()));
        List<String> wells = new ArrayList<>();
        for (Place p : places) if (p.type().equals("well") && !shown.contains(p.sourceId())) wells.add(p.sourceId());
        java.util.Collections.shuffle(wells, random);
        List<Test> tests = new ArrayList<>(MajiNdogoText.CONTRADICTIONS);
        int next = 0;
        long wrongShown = MajiNdogoText.CONTRADICTIONS.stream()
                .filter(t -> t.description().startsWith("Clean "))
                .count();
        int wrong = MajiNdogoDataset.WRONG_CLEAN_DESCRIPTIONS - (int) wrongShown;
        for (int i = 0; i < wrong; i++) {
            String description = CLEAN + " " + (i < WRONG_ECOLI ? ECOLI : GIARDIA);
            String results = i % 4 == 3 && i / 4 < WRONG_CLEAN_BUT_MARKED_RIGHT ? BIOLOGICAL : CLEAN;
            tests.add(new Test(
                    wells.get(next++),
                    later(),
                    description,
                    0.03 + random.nextDouble() * 0.06,
                    15 + random.nextDouble() * 45,
                    results));
        }
        for (int i = 0; i < ECOLI_MARKED_CLEAN; i++) {
            tests.add(new Test(
                    wells.get(next++),
                    later(),
                    ECOLI,
                    0.03 + random.nextDouble() * 0.06,
                    15 + random.nextDouble() * 45,
                    CLEAN));
        }
        while (next < wells.size()) tests.add(ordinary(wells.get(next++)));
        tests.sort(Comparator.comparing(Test::date));
        try (PreparedStatement insert = db.prepareStatement("INSERT INTO well_pollution VALUES (?, ?, ?, ?, ?, ?)")) {
            for (Test t : MajiNdogoText.FIRST_TESTS) add(insert, t);
            for (Test t : tests) add(insert, t);
            insert.executeBatch();
        }
    }

    private Test ordinary(String sourceId) {
        String date = date(FIRST, SPAN_MINUTES);
        int kind = random.nextInt(100);
        if (kind < 30) {
            double biological = random.nextInt(3) == 0 ? 0.0 : round(random.nextDouble() * 0.009);
            return new Test(sourceId, date, CLEAN, round(random.nextDouble() * 0.04), biological, CLEAN);
        }
        if (kind < 75) {
            return new Test(
                    sourceId,
                    date,
                    BIOLOGICAL_NOTES.get(random.nextInt(BIOLOGICAL_NOTES.size())),
                    0.0,
                    round(10 + random.nextDouble() * 490),
                    BIOLOGICAL);
        }
        return new Test(
                sourceId,
                date,
                CHEMICAL_NOTES.get(random.nextInt(CHEMICAL_NOTES.size())),
                round(0.5 + random.nextDouble() * 9),
                0.0,
                CHEMICAL);
    }

    /** A date after the last contradiction the text shows, so the text's rows are the first the query returns. */
    private String later() {
        return date(AFTER_SHOWN, SPAN_MINUTES - 60 * 24 * 60);
    }

    private String date(LocalDateTime from, int spanMinutes) {
        return from.plusMinutes(random.nextInt(spanMinutes)).withSecond(0).format(FORMAT);
    }

    private static double round(double value) {
        return Math.round(value * 1e7) / 1e7;
    }

    private static void add(PreparedStatement insert, Test t) throws SQLException {
        insert.setString(1, t.sourceId());
        insert.setString(2, t.date());
        insert.setString(3, t.description());
        insert.setDouble(4, round(t.pollutant()));
        insert.setDouble(5, round(t.biological()));
        insert.setString(6, t.results());
        insert.addBatch();
    }
}
