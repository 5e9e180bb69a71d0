package dev.ltt.bench;

import com.fasterxml.jackson.databind.JsonNode;
import dev.ltt.json.Json;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.net.http.HttpTimeoutException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Queue;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.atomic.AtomicBoolean;

/**
 * Concurrent writers over HTTP, each with learners of its own: start a task, submit wrong answers a few times
 * (each a new attempt), then the right one (the task closes), then the next task. Every submission answered
 * 201 goes into the ledger with its attempt number and the status it reported; every answer is timed and
 * counted by status, so an outage shows as 503s, 500s or requests that never came back.
 */
final class Writers {
    static final Duration REQUEST_TIMEOUT = Duration.ofSeconds(10);
    private final String base;
    private final String token;
    private final List<String> tasks;
    private final HttpClient http = HttpClient.newBuilder()
            .version(HttpClient.Version.HTTP_1_1)
            .connectTimeout(Duration.ofSeconds(5))
            .build();
    private final AtomicBoolean running = new AtomicBoolean();
    private final List<Thread> threads = new ArrayList<>();
    final Map<String, Acknowledged> ledger = new ConcurrentHashMap<>();
    final Queue<Answer> answers = new ConcurrentLinkedQueue<>();

    /** A submission answered 201: the key is learner + task + attempt. */
    record Acknowledged(String learner, String task, int attempt, String status) {}

    /** One request's outcome: when it was sent, its status (0: no answer, -1: timed out), how long it took. */
    record Answer(long sentNanos, int status, Duration took) {
        long answeredNanos() {
            return sentNanos + took.toNanos();
        }
    }

    /** When the first submission sent after {@code since} was answered 201, if one was. */
    java.util.OptionalLong firstCreatedSentAfter(long since) {
        return answers.stream()
                .filter(a -> a.status() == 201 && a.sentNanos() > since)
                .mapToLong(Answer::answeredNanos)
                .min();
    }

    Writers(String base, String token, List<String> tasks) {
        this.base = base;
        this.token = token;
        this.tasks = tasks;
    }

    void start(int writers, int learnersEach) {
        running.set(true);
        for (int w = 0; w < writers; w++) {
            List<String> learners = new ArrayList<>();
            for (int l = 0; l < learnersEach; l++) learners.add("w" + w + "-" + l);
            Thread thread = new Thread(() -> write(learners), "writer-" + w);
            threads.add(thread);
            thread.start();
        }
    }

    void stop() throws InterruptedException {
        running.set(false);
        for (Thread thread : threads) thread.join();
        threads.clear();
    }

    private void write(List<String> learners) {
        Map<String, Integer> position = new java.util.HashMap<>();
        Map<String, Integer> tries = new java.util.HashMap<>();
        for (long i = 0; running.get(); i++) {
            String learner = learners.get((int) (i % learners.size()));
            int index = position.getOrDefault(learner, 0);
            if (index >= tasks.size()) continue;
            String task = tasks.get(index);
            int n = tries.merge(learner, 1, Integer::sum);
            boolean right = n % 4 == 0; // three wrong attempts, then the right one
            String path = "/api/v1/learners/" + learner + "/tasks/" + task;
            if (n == 1) send("POST", path + "/start", "");
            Reply reply =
                    send("POST", path + "/submissions", "{\"content\": \"" + (right ? "pass" : "wrong " + n) + "\"}");
            if (reply.status() == 201) {
                JsonNode json = Json.parse(reply.body());
                int attempt = json.get("attempt_number").asInt();
                ledger.put(
                        learner + " " + task + " " + attempt,
                        new Acknowledged(
                                learner, task, attempt, json.get("status").asText()));
                if (json.get("status").asText().equals("closed")) {
                    position.put(learner, index + 1);
                    tries.put(learner, 0);
                }
            } else if (reply.status() == 409) { // closed by a submission whose answer was lost: move on
                position.put(learner, index + 1);
                tries.put(learner, 0);
            }
        }
    }

    record Reply(int status, String body) {}

    Reply send(String method, String path, String body) {
        long sent = System.nanoTime();
        int status;
        String text = "";
        try {
            HttpResponse<String> response = http.send(
                    HttpRequest.newBuilder(URI.create(base + path))
                            .timeout(REQUEST_TIMEOUT)
                            .header("Authorization", "Bearer " + token)
                            .header("Content-Type", "application/json")
                            .method(method, HttpRequest.BodyPublishers.ofString(body))
                            .build(),
                    HttpResponse.BodyHandlers.ofString());
            status = response.statusCode();
            text = response.body();
        } catch (HttpTimeoutException e) {
            status = -1;
        } catch (Exception e) {
            status = 0; // refused or reset: the server is down or restarting
            pause();
        }
        answers.add(new Answer(sent, status, Duration.ofNanos(System.nanoTime() - sent)));
        if (status == 503) pause();
        return new Reply(status, text);
    }

    /** A client that gets "unavailable" or no answer waits a little before trying again, as a real one would. */
    private static void pause() {
        try {
            Thread.sleep(100);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    JsonNode get(String path) {
        Reply reply = send("GET", path, "");
        if (reply.status() != 200)
            throw new IllegalStateException("GET " + path + " answered " + reply.status() + ": " + reply.body());
        return Json.parse(reply.body());
    }
}
