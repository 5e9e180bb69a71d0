package dev.ltt.bench.serve;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Stream;

/**
 * CPU time spent by each side of a measured run, from {@code /proc}: the server's JVM, the benchmark's PostgreSQL
 * (its postmaster and the processes it started), and everything else on the machine ({@code wrk}, other builds),
 * so a figure shows what
 * one request cost each of them and which one the machine's cores went to.
 */
final class CpuTime {
    private static final double TICKS_PER_SECOND = 100.0; // USER_HZ on Linux

    /** Seconds of CPU so far, by side. */
    record Sample(double server, double postgres, double machine) {
        Sample minus(Sample before) {
            return new Sample(server - before.server, postgres - before.postgres, machine - before.machine);
        }

        /**
         * As a report line: CPU milliseconds per request of each side, and their shares of what the machine spent.
         * wrk has exited when the run's second reading is taken, so its time is among the other processes'.
         */
        String perRequest(String run, long requests) {
            double n = Math.max(1, requests);
            double other = Math.max(0, machine - server - postgres);
            return String.format(
                    "  CPU during %s, per request of %,d: server JVM %.3f ms, PostgreSQL %.3f ms, wrk and other "
                            + "processes %.3f ms (shares of the machine's busy time: %.0f / %.0f / %.0f %%)",
                    run,
                    requests,
                    1000 * server / n,
                    1000 * postgres / n,
                    1000 * other / n,
                    100 * server / machine,
                    100 * postgres / machine,
                    100 * other / machine);
        }
    }

    private CpuTime() {}

    static Sample now(long serverPid, long postmasterPid) throws IOException {
        double postgres = seconds(Path.of("/proc", Long.toString(postmasterPid)));
        try (Stream<Path> processes = Files.list(Path.of("/proc"))) {
            for (Path p : processes
                    .filter(p -> p.getFileName().toString().matches("\\d+"))
                    .toList()) {
                String stat = read(p.resolve("stat"));
                if (stat.isEmpty()) continue;
                long parent =
                        Long.parseLong(stat.substring(stat.lastIndexOf(')') + 2).split(" ")[1]);
                if (parent == postmasterPid) postgres += seconds(p);
            }
        }
        return new Sample(seconds(Path.of("/proc", Long.toString(serverPid))), postgres, machineBusy());
    }

    /** utime + stime of one process (all its threads), in seconds; 0 when it has gone. */
    private static double seconds(Path process) {
        String stat = read(process.resolve("stat"));
        if (stat.isEmpty()) return 0;
        String[] f = stat.substring(stat.lastIndexOf(')') + 2).split(" ");
        return (Long.parseLong(f[11]) + Long.parseLong(f[12])) / TICKS_PER_SECOND; // fields 14 and 15 of stat
    }

    /** Busy CPU seconds of the whole machine (all cores), from the first line of /proc/stat. */
    private static double machineBusy() {
        String[] f =
                read(Path.of("/proc/stat")).lines().findFirst().orElseThrow().split("\\s+");
        long busy = 0;
        for (int i = 1; i < f.length; i++) if (i != 4 && i != 5) busy += Long.parseLong(f[i]); // not idle, iowait
        return busy / TICKS_PER_SECOND;
    }

    private static String read(Path file) {
        try {
            return Files.readString(file);
        } catch (IOException | RuntimeException e) {
            return ""; // the process ended meanwhile
        }
    }
}
