package dev.ltt.testing;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.function.Consumer;

/**
 * A small property runner: checks a property on many random decision lists (see {@link Decisions}), and when
 * one fails, shrinks it to a smaller failing list and reports it with the seed that reproduces the run
 * ({@code -Dltt.seed=...}). Written in the repository because jqwik 1.10 asks not to be used by coding agents.
 */
public final class PropertyCheck {
    private static final int MAX_DECISIONS = 1500;
    private static final int SHRINK_BUDGET = 150;

    private PropertyCheck() {}

    /** Runs {@code property} {@code tries} times; it fails by throwing (an AssertionError, usually). */
    public static void forAll(int tries, Consumer<Decisions> property) {
        forAll(Long.getLong("ltt.seed", new Random().nextLong()), tries, property);
    }

    /**
     * As {@link #forAll(int, Consumer)} from a fixed seed (CI runs the same cases every time; {@code -Dltt.seed}
     * still overrides it), printed with any failure.
     */
    public static void forAll(long fixedSeed, int tries, Consumer<Decisions> property) {
        long seed = Long.getLong("ltt.seed", fixedSeed);
        Random random = new Random(seed);
        for (int i = 1; i <= tries; i++) {
            List<Integer> values = randomValues(random);
            Throwable failure = failureOf(property, values);
            if (failure != null) {
                List<Integer> smallest = shrink(property, values);
                throw new AssertionError(
                        "property failed on try " + i + " of " + tries + " (rerun with -Dltt.seed=" + seed
                                + "); shrunk decisions " + smallest + ": " + failureOf(property, smallest),
                        failure);
            }
        }
    }

    private static List<Integer> randomValues(Random random) {
        int size = random.nextInt(MAX_DECISIONS);
        List<Integer> values = new ArrayList<>(size);
        for (int i = 0; i < size; i++) values.add(random.nextInt(10_000));
        return values;
    }

    private static Throwable failureOf(Consumer<Decisions> property, List<Integer> values) {
        try {
            property.accept(new Decisions(values));
            return null;
        } catch (Throwable t) {
            return t;
        }
    }

    /** Greedy: cut the tail in halves, then zero single values, keeping each change that still fails. */
    private static List<Integer> shrink(Consumer<Decisions> property, List<Integer> failing) {
        List<Integer> current = failing;
        int budget = SHRINK_BUDGET;
        for (int cut = current.size() / 2; cut > 0 && budget > 0; cut /= 2) {
            while (current.size() >= cut && budget-- > 0) {
                List<Integer> shorter = current.subList(0, current.size() - cut);
                if (failureOf(property, shorter) == null) break;
                current = List.copyOf(shorter);
            }
        }
        for (int i = 0; i < current.size() && budget-- > 0; i++) {
            if (current.get(i) == 0) continue;
            List<Integer> zeroed = new ArrayList<>(current);
            zeroed.set(i, 0);
            if (failureOf(property, zeroed) != null) current = zeroed;
        }
        int end = current.size();
        while (end > 0 && current.get(end - 1) == 0) end--; // trailing zeros are what an exhausted list gives anyway
        return current.subList(0, end);
    }
}
