package dev.ltt.bench.serve;

import java.util.ArrayList;
import java.util.List;

/** Lines printed as the run goes and again, all together, at its end. */
final class Report {
    private final List<String> lines = new ArrayList<>();

    void line(String text) {
        System.out.println(text);
        System.out.flush();
        lines.add(text);
    }

    void print() {
        System.out.println("\n================ summary ================");
        lines.forEach(System.out::println);
    }

    static String ratio(double figure, double floor) {
        return floor == 0 ? "n/a" : String.format("%5.1f %%", 100 * figure / floor);
    }
}
