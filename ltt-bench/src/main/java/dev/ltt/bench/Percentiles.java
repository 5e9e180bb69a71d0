package dev.ltt.bench;

import java.util.Arrays;

/** Latency samples in nanoseconds, summarised as the figures the notes report. */
public final class Percentiles {
    private final long[] samples;
    private int size;

    Percentiles(int capacity) {
        samples = new long[capacity];
    }

    void add(long nanos) {
        samples[size++] = nanos;
    }

    int size() {
        return size;
    }

    void addAll(Percentiles other) {
        System.arraycopy(other.samples, 0, samples, size, other.size);
        size += other.size;
    }

    String summary() {
        long[] sorted = Arrays.copyOf(samples, size);
        Arrays.sort(sorted);
        return String.format(
                "n=%d p50=%.3f ms p99=%.3f ms max=%.3f ms",
                size, ms(sorted, 0.50), ms(sorted, 0.99), sorted[size - 1] / 1e6);
    }

    /** The {@code q} quantile (0..1) in milliseconds. */
    public double quantileMs(double q) {
        long[] sorted = Arrays.copyOf(samples, size);
        Arrays.sort(sorted);
        return ms(sorted, q);
    }

    private static double ms(long[] sorted, double q) {
        return sorted[Math.min(sorted.length - 1, (int) Math.ceil(q * sorted.length) - 1)] / 1e6;
    }
}
