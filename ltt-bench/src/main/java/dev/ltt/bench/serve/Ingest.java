package dev.ltt.bench.serve;

import dev.ltt.Ltt;
import dev.ltt.bench.SyntheticCurriculum;
import java.util.Arrays;

/** The ingest goal in the same run: a 5,000-node curriculum through the use-case, on the durable database. */
final class Ingest {
    static final int NODES = 5_000;
    static final int WARMUP = 2;
    static final int RUNS = 5;

    private Ingest() {}

    static String measure(Ltt ltt) {
        long[] ms = new long[RUNS];
        for (int i = 0; i < WARMUP + RUNS; i++) {
            byte[] doc = SyntheticCurriculum.generate("ingest-" + i, NODES, i);
            long t = System.nanoTime();
            ltt.use().ingestCurriculum.ingest(doc, false);
            if (i >= WARMUP) ms[i - WARMUP] = (System.nanoTime() - t) / 1_000_000;
        }
        Arrays.sort(ms);
        return String.format(
                "ingest of %,d nodes (in process, durable database): median %d ms, min %d, max %d (goal < 1000 ms)",
                NODES, ms[RUNS / 2], ms[0], ms[RUNS - 1]);
    }
}
