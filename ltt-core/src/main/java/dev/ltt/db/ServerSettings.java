package dev.ltt.db;

import java.lang.management.ManagementFactory;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * The settings the embedded PostgreSQL runs with: durable (every commit is on disk before it is acknowledged,
 * and a crash or power loss cannot tear a page), sized for the machine it runs on, and on loopback only.
 * They are passed on the server's command line, so they win over the library's {@code -F} (fsync off) and
 * over anything in {@code postgresql.conf}. Public for the benchmark, which runs its PostgreSQL with them.
 */
public final class ServerSettings {
    private static final long MB = 1024L * 1024;

    private ServerSettings() {}

    /** The settings for this machine's memory and processors. */
    public static Map<String, String> forThisMachine() {
        return of(totalMemory(), Runtime.getRuntime().availableProcessors());
    }

    static Map<String, String> of(long memoryBytes, int processors) {
        long memoryMb = Math.max(512, memoryBytes / MB);
        Map<String, String> settings = new LinkedHashMap<>();
        // durability: never traded for speed (behaviour section 10)
        settings.put("fsync", "on");
        settings.put("synchronous_commit", "on");
        settings.put("full_page_writes", "on");
        // memory: an eighth of the machine for the buffer cache (LTT and other programs share it), at most 2 GB
        settings.put("shared_buffers", clamp(memoryMb / 8, 128, 2048) + "MB");
        settings.put("effective_cache_size", clamp(memoryMb / 2, 256, 65536) + "MB");
        settings.put("maintenance_work_mem", clamp(memoryMb / 32, 64, 1024) + "MB");
        settings.put("work_mem", "16MB");
        // WAL: fewer, spread checkpoints and smaller full-page images, while crash recovery stays short
        settings.put("wal_buffers", "16MB");
        settings.put("wal_compression", "on");
        settings.put("max_wal_size", "1GB");
        settings.put("min_wal_size", "128MB");
        settings.put("checkpoint_timeout", "10min");
        settings.put("checkpoint_completion_target", "0.9");
        // planner: the data dir is on a local disk, most likely an SSD
        settings.put("random_page_cost", "1.1");
        // statements are planned once per connection (Database: force_generic_plan) and re-planned when their
        // tables' statistics change: a table that starts empty and fills fast gets them within seconds, not a minute
        settings.put("autovacuum_naptime", "10s");
        settings.put("max_parallel_workers_per_gather", Integer.toString(Math.max(0, Math.min(4, processors / 2))));
        settings.put("max_connections", "300");
        settings.put("listen_addresses", "localhost");
        settings.put("timezone", "UTC");
        return settings;
    }

    private static long clamp(long value, long min, long max) {
        return Math.max(min, Math.min(max, value));
    }

    private static long totalMemory() {
        if (ManagementFactory.getOperatingSystemMXBean() instanceof com.sun.management.OperatingSystemMXBean os) {
            return os.getTotalMemorySize();
        }
        return 4096 * MB;
    }
}
