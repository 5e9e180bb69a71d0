package dev.ltt.bench;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.TreeSet;

/**
 * Checks what the server stores against what it acknowledged: every submission answered 201 is there, each
 * (learner, task)'s attempts are 1..n without gaps, and the task's status agrees with its latest submission.
 */
final class Ledger {
    private Ledger() {}

    record Check(int acknowledged, int found, int stored, int gaps, int statusMismatches, int unacknowledgedCommits) {
        @Override
        public String toString() {
            return String.format(
                    "acknowledged %d, found %d (lost %d); stored %d (committed but unanswered %d); "
                            + "attempt gaps %d; status mismatches %d",
                    acknowledged, found, acknowledged - found, stored, unacknowledgedCommits, gaps, statusMismatches);
        }
    }

    static Check check(Writers client, Collection<Writers.Acknowledged> acknowledged) {
        Map<String, List<Writers.Acknowledged>> byTask = new TreeMap<>();
        for (Writers.Acknowledged a : acknowledged)
            byTask.computeIfAbsent(a.learner() + " " + a.task(), k -> new ArrayList<>())
                    .add(a);
        int found = 0;
        int stored = 0;
        int gaps = 0;
        int mismatches = 0;
        int unanswered = 0;
        for (List<Writers.Acknowledged> acks : byTask.values()) {
            String learner = acks.get(0).learner();
            String task = acks.get(0).task();
            String path = "/api/v1/learners/" + learner + "/tasks/" + task;
            TreeSet<Integer> attempts = new TreeSet<>();
            JsonNode submissions = client.get(path + "/submissions?limit=1000"); // newest first
            boolean latestPassed =
                    submissions.path(0).path("validation").path("passed").asBoolean(false);
            for (JsonNode s : submissions) attempts.add(s.get("attempt_number").asInt());
            stored += attempts.size();
            for (Writers.Acknowledged a : acks) if (attempts.contains(a.attempt())) found++;
            if (!attempts.isEmpty() && (attempts.first() != 1 || attempts.last() != attempts.size())) gaps++;
            unanswered += attempts.size()
                    - (int) acks.stream()
                            .filter(a -> attempts.contains(a.attempt()))
                            .count();
            String status = client.get(path).get("status").asText();
            Writers.Acknowledged latestAck = acks.stream()
                    .max((x, y) -> Integer.compare(x.attempt(), y.attempt()))
                    .orElseThrow();
            boolean agrees = latestAck.attempt() == attemptsMax(attempts)
                    ? status.equals(latestAck.status())
                    : status.equals(latestPassed ? "closed" : "in_progress");
            if (!agrees) mismatches++;
        }
        return new Check(acknowledged.size(), found, stored, gaps, mismatches, unanswered);
    }

    private static int attemptsMax(TreeSet<Integer> attempts) {
        return attempts.isEmpty() ? 0 : attempts.last();
    }
}
