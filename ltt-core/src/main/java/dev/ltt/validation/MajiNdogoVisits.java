package dev.ltt.validation;

import dev.ltt.validation.MajiNdogoDataset.Place;
import dev.ltt.validation.MajiNdogoDataset.Visit;
import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.TreeMap;

/**
 * Schedules the 60,000 visits: every source is visited once, except shared taps, which surveyors visited up to
 * eight times to see whether the queue changed. The visits the text shows keep their record_id, time, visit count
 * and queue; only they queue over 500 minutes. Times rise with record_id through working days (06:00 to 19:00).
 */
final class MajiNdogoVisits {
    private static final int MAX_VISITS = 8;
    private static final int MAX_ORDINARY_QUEUE = 499;
    private static final int DAY_MINUTES = 13 * 60;
    private static final int MINUTES_PER_RECORD = 12;
    private static final LocalDateTime FIRST_DAY = LocalDateTime.of(2021, 1, 1, 6, 0);
    private static final DateTimeFormatter FORMAT = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss");

    private final Random random;
    private final List<Place> places;
    private final int[] slotPlace = new int[MajiNdogoDataset.VISITS];
    private final int[] slotCount = new int[MajiNdogoDataset.VISITS];

    MajiNdogoVisits(Random random, List<Place> places) {
        this.random = random;
        this.places = places;
        java.util.Arrays.fill(slotPlace, -1);
    }

    List<Visit> visits() {
        Map<String, Integer> index = new HashMap<>();
        for (int i = 0; i < places.size(); i++) index.put(places.get(i).locationId(), i);
        int[] visitsOf = new int[places.size()];
        java.util.Arrays.fill(visitsOf, 1);
        Map<Integer, MajiNdogoText.Visit> shown = new HashMap<>();
        for (MajiNdogoText.Visit v : MajiNdogoText.VISITS) {
            int place = index.get(v.locationId());
            shown.put(v.recordId(), v);
            visitsOf[place] = Math.max(visitsOf[place], v.visitCount());
            slotPlace[v.recordId()] = place;
            slotCount[v.recordId()] = v.visitCount();
        }
        spreadRevisits(visitsOf);
        placeAroundShown(visitsOf, index);
        fillTheRest(visitsOf, index);
        TreeMap<Integer, Integer> anchors = new TreeMap<>();
        shown.values().forEach(v -> anchors.put(v.recordId(), workingMinute(v.time())));
        List<Visit> visits = new ArrayList<>(MajiNdogoDataset.VISITS);
        for (int r = 0; r < slotPlace.length; r++) {
            MajiNdogoText.Visit text = shown.get(r);
            if (text != null) {
                visits.add(new Visit(r, slotPlace[r], text.time(), text.visitCount(), text.queue(), text.employee()));
            } else {
                boolean shared = places.get(slotPlace[r]).type().equals("shared_tap");
                int queue = shared ? (int) (Math.pow(random.nextDouble(), 1.6) * MAX_ORDINARY_QUEUE) : 0;
                visits.add(new Visit(r, slotPlace[r], time(r, anchors), slotCount[r], queue, random.nextInt(56)));
            }
        }
        return visits;
    }

    /** Gives shared taps their extra visits until there are exactly 60,000. */
    private void spreadRevisits(int[] visitsOf) {
        List<Integer> shared = new ArrayList<>();
        int total = 0;
        for (int i = 0; i < visitsOf.length; i++) {
            total += visitsOf[i];
            if (places.get(i).type().equals("shared_tap")) shared.add(i);
        }
        while (total < MajiNdogoDataset.VISITS) {
            int place = shared.get(random.nextInt(shared.size()));
            if (visitsOf[place] < MAX_VISITS) {
                visitsOf[place]++;
                total++;
            }
        }
    }

    /** The other visits of a source the text shows: the earlier ones before its record, the later ones after. */
    private void placeAroundShown(int[] visitsOf, Map<String, Integer> index) {
        for (MajiNdogoText.Visit v : MajiNdogoText.VISITS) {
            int place = index.get(v.locationId());
            List<Integer> before = freeSlots(5, v.recordId(), v.visitCount() - 1);
            List<Integer> after = freeSlots(v.recordId() + 1, slotPlace.length, visitsOf[place] - v.visitCount());
            for (int k = 0; k < before.size(); k++) take(before.get(k), place, k + 1);
            for (int k = 0; k < after.size(); k++) take(after.get(k), place, v.visitCount() + k + 1);
        }
    }

    private List<Integer> freeSlots(int from, int to, int count) {
        List<Integer> slots = new ArrayList<>();
        while (slots.size() < count) {
            int slot = from + random.nextInt(to - from);
            if (slotPlace[slot] < 0 && !slots.contains(slot)) slots.add(slot);
        }
        Collections.sort(slots);
        return slots;
    }

    private void take(int slot, int place, int count) {
        slotPlace[slot] = place;
        slotCount[slot] = count;
    }

    private void fillTheRest(int[] visitsOf, Map<String, Integer> index) {
        java.util.Set<Integer> placed = new java.util.HashSet<>();
        MajiNdogoText.VISITS.forEach(v -> placed.add(index.get(v.locationId())));
        List<Integer> pending = new ArrayList<>();
        for (int i = 0; i < visitsOf.length; i++) {
            if (!placed.contains(i)) for (int k = 0; k < visitsOf[i]; k++) pending.add(i);
        }
        Collections.shuffle(pending, random);
        int[] seen = new int[visitsOf.length];
        int next = 0;
        for (int slot = 0; slot < slotPlace.length; slot++) {
            if (slotPlace[slot] >= 0) continue;
            int place = pending.get(next++);
            take(slot, place, ++seen[place]);
        }
    }

    /** Minutes of working time since the first morning: 13 working hours a day. */
    private static int workingMinute(String time) {
        LocalDateTime t = LocalDateTime.parse(time, FORMAT);
        long days = java.time.temporal.ChronoUnit.DAYS.between(FIRST_DAY.toLocalDate(), t.toLocalDate());
        return (int) (days * DAY_MINUTES + (t.getHour() * 60 + t.getMinute() - 6 * 60));
    }

    /** Between two shown records, time runs evenly; after the last one, a visit every 12 working minutes. */
    private static String time(int record, TreeMap<Integer, Integer> anchors) {
        Map.Entry<Integer, Integer> low = anchors.floorEntry(record);
        Map.Entry<Integer, Integer> high = anchors.ceilingEntry(record);
        long minute = high == null
                ? low.getValue() + (long) (record - low.getKey()) * MINUTES_PER_RECORD
                : low.getValue()
                        + (long) (high.getValue() - low.getValue())
                                * (record - low.getKey())
                                / (high.getKey() - low.getKey());
        LocalDateTime t = FIRST_DAY.plusDays(minute / DAY_MINUTES).plusMinutes(minute % DAY_MINUTES);
        return t.format(FORMAT);
    }
}
