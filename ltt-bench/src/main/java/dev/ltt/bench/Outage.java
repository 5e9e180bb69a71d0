package dev.ltt.bench;

import java.time.Duration;
import java.util.Collection;
import java.util.Map;
import java.util.TreeMap;

/** What the writers' requests sent while PostgreSQL was frozen got back, and how fast. */
record Outage(
        int requests,
        int unavailable,
        int internal,
        int other,
        int hung,
        int slowerThan5s,
        Duration slowest,
        Map<Integer, Integer> byStatus) {

    static Outage of(Collection<Writers.Answer> answers, long from, long to) {
        int requests = 0, unavailable = 0, internal = 0, other = 0, hung = 0, slow = 0;
        Duration slowest = Duration.ZERO;
        Map<Integer, Integer> byStatus = new TreeMap<>();
        for (Writers.Answer a : answers) {
            if (a.sentNanos() < from || a.sentNanos() >= to) continue;
            requests++;
            byStatus.merge(a.status(), 1, Integer::sum);
            if (a.status() == 503) unavailable++;
            else if (a.status() == 500) internal++;
            else if (a.status() == -1) hung++;
            else other++;
            if (a.took().compareTo(Duration.ofSeconds(5)) > 0) slow++;
            if (a.took().compareTo(slowest) > 0) slowest = a.took();
        }
        return new Outage(requests, unavailable, internal, other, hung, slow, slowest, byStatus);
    }

    /** The count of each status (0: connection refused or reset, -1: no answer in time). */
    String statuses() {
        return byStatus.toString();
    }

    @Override
    public String toString() {
        return String.format(
                "%d requests: %d answered 503, %d answered 500, %d other, %d hung (no answer "
                        + "in %d s); %d took over 5 s; slowest %.2f s; by status %s",
                requests,
                unavailable,
                internal,
                other,
                hung,
                Writers.REQUEST_TIMEOUT.toSeconds(),
                slowerThan5s,
                slowest.toMillis() / 1000.0,
                byStatus);
    }
}
