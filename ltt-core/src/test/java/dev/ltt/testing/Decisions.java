package dev.ltt.testing;

import java.util.List;

/**
 * A stream of choices a generator consumes. Once the list runs out every choice is 0, and 0 always means
 * "the simplest option", so a shorter list or smaller numbers give a simpler value: that is what shrinking uses.
 */
public final class Decisions {
    private final List<Integer> values;
    private int next;

    public Decisions(List<Integer> values) {
        this.values = List.copyOf(values);
    }

    /** A number from 0 to {@code bound - 1}. */
    public int pick(int bound) {
        if (bound <= 1) return 0;
        return next < values.size() ? Math.floorMod(values.get(next++), bound) : 0;
    }

    /** True about once in {@code oneIn} times; false when the decisions have run out. */
    public boolean chance(int oneIn) {
        return pick(oneIn) == oneIn - 1;
    }

    public <T> T oneOf(List<T> options) {
        return options.get(pick(options.size()));
    }

    public List<Integer> values() {
        return values;
    }
}
