package dev.ltt.server.fuzz;

import static dev.ltt.server.testing.TestServer.ADMIN_TOKEN;
import static org.assertj.core.api.Assertions.assertThat;

import dev.ltt.server.http.Route;
import dev.ltt.server.testing.TestServer;
import dev.ltt.testing.Decisions;
import dev.ltt.testing.Fixtures;
import dev.ltt.testing.PropertyCheck;
import io.javalin.http.HandlerType;
import java.io.IOException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Random garbage in the path parameters, query and body of every registered route, as the admin (so that
 * the garbage reaches the handlers, not only the access check) and as a learner: never a 5xx, and every
 * refusal is problem+json. Seeded (override with {@code -Dltt.seed}; tries with {@code -Dltt.fuzz.routes}).
 */
class RouteFuzzTest {
    static final long SEED = 9_2026_12_01L;
    static final int TRIES = Integer.getInteger("ltt.fuzz.routes", 1500);
    static final Pattern PARAM = Pattern.compile("\\{([^}/]+)}|<([^>/]+)>");
    static final HttpClient CLIENT = HttpClient.newHttpClient();
    static TestServer server;
    static List<Route> routes;
    static volatile String learnerToken;
    static String last;
    static String task;
    static final Map<String, Integer> statuses = new ConcurrentHashMap<>();

    /** Fragments garbage is made of: real values, near misses, encodings, injections, huge and odd numbers. */
    static final List<String> PIECES = List.of(
            "ada",
            "maji-ndogo-part1-v3",
            "maji-ndogo-part1-v3@v3.1.1.1",
            "1",
            "0",
            "-1",
            "99999999999999999999",
            "1e400",
            "NaN",
            "true",
            "null",
            "..",
            "../..",
            "%",
            "%00",
            "%ZZ",
            "'",
            "\"",
            "';--",
            "<script>",
            "\u0000",
            "é",
            "李",
            "😀",
            "\ud800",
            " ",
            "\t",
            "\n",
            "@",
            "@v",
            ".9.9",
            "{}",
            "[]",
            "x".repeat(300),
            "a".repeat(5000),
            "\\",
            "/",
            "?",
            "#",
            "&",
            "=",
            "+");

    static final List<String> BODIES = List.of(
            "",
            "{}",
            "[]",
            "null",
            "1",
            "\"x\"",
            "{",
            "}",
            "{\"content\": ",
            "{} {}",
            "{\"content\": \"x\", \"result\": {\"a\": [1, {\"b\": null}]}}",
            "{\"valid_for_minutes\": 1e400}",
            "{\"title\": \"\\u0000\"}",
            "{\"text\": \"" + "y".repeat(600_000) + "\"}",
            "[".repeat(300) + "]".repeat(300),
            "{\"name\": \"ok\", \"unknown\": 1}",
            "{\"reason\": 5}",
            "{\"id\": \"../x\"}",
            "{\"content\": \"\\ud800\"}");
    static final List<String> TYPES = List.of(
            "application/json",
            "application/json; charset=utf-8",
            "text/plain",
            "application/x-www-form-urlencoded",
            "application/problem+json",
            "");

    @BeforeAll
    static void start() {
        server = TestServer.start();
        assertThat(server.http
                        .post("/api/v1/projects", ADMIN_TOKEN, Fixtures.curriculum(Fixtures.MAJI_NDOGO))
                        .status())
                .isEqualTo(201);
        assertThat(server.http
                        .post("/api/v1/learners", ADMIN_TOKEN, "{\"id\": \"ada\"}")
                        .status())
                .isEqualTo(201);
        learnerToken = issueLearnerToken();
        routes = server.server.routes();
    }

    @AfterAll
    static void stop() {
        server.close();
        System.out.println("route fuzz: " + routes.size() + " routes, statuses " + new java.util.TreeMap<>(statuses));
    }

    @Test
    void garbage_in_any_route_path_query_or_body_never_gets_a_5xx() {
        PropertyCheck.forAll(SEED, TRIES, d -> {
            Route route = d.oneOf(routes);
            String path = fill(route.path(), d);
            String query = d.chance(2)
                    ? ""
                    : "?" + enc(garbage(d)) + "=" + enc(garbage(d)) + (d.chance(2) ? "" : "&limit=" + enc(garbage(d)));
            boolean body = route.method() != HandlerType.GET && route.method() != HandlerType.HEAD;
            byte[] bytes = body ? body(d) : null;
            String type = d.oneOf(TYPES);
            String token = d.chance(4) ? learnerToken : ADMIN_TOKEN;
            HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(server.baseUrl() + path + query))
                    .header("Authorization", "Bearer " + token)
                    .method(
                            route.method().name(),
                            bytes == null
                                    ? HttpRequest.BodyPublishers.noBody()
                                    : HttpRequest.BodyPublishers.ofByteArray(bytes));
            if (!type.isEmpty()) request.header("Content-Type", type);
            String what = route.method() + " " + path + query + " [" + type + "] "
                    + (bytes == null ? "" : new String(bytes, 0, Math.min(bytes.length, 120), StandardCharsets.UTF_8));
            HttpResponse<String> r = send(request.build(), what);
            statuses.merge(Integer.toString(r.statusCode()), 1, Integer::sum);
            last = what + " -> " + r.statusCode() + " " + r.headers().map();
            if (r.statusCode() == 401 && token.equals(learnerToken))
                learnerToken = issueLearnerToken(); // garbage revoked it
            assertThat(r.statusCode()).as(what + " -> " + r.body()).isLessThan(500);
            if (r.statusCode() >= 400) {
                assertThat(r.headers().firstValue("Content-Type").orElse(""))
                        .as(what)
                        .startsWith("application/problem+json");
            }
        });
    }

    static String issueLearnerToken() {
        return server.http
                .post("/api/v1/learners/ada/tokens", ADMIN_TOKEN, "{}")
                .json()
                .get("token")
                .asText();
    }

    private static String fill(String template, Decisions d) {
        Matcher m = PARAM.matcher(template);
        StringBuilder path = new StringBuilder();
        while (m.find()) m.appendReplacement(path, Matcher.quoteReplacement(enc(garbage(d))));
        return m.appendTail(path).toString();
    }

    private static String garbage(Decisions d) {
        StringBuilder s = new StringBuilder();
        for (int i = 0, n = 1 + d.pick(3); i < n; i++) s.append(d.oneOf(PIECES));
        return s.toString();
    }

    private static byte[] body(Decisions d) {
        if (d.chance(5)) { // bytes that are not UTF-8 inside a JSON string
            byte[] b = "{\"content\": \"..\"}".getBytes(StandardCharsets.UTF_8);
            b[13] = (byte) 0xC0;
            b[14] = (byte) 0xAF;
            return b;
        }
        if (d.chance(4)) { // a JSON object of real keys with garbage values
            String key = d.oneOf(List.of(
                    "content",
                    "text",
                    "message",
                    "reason",
                    "name",
                    "id",
                    "email",
                    "title",
                    "valid_for_minutes",
                    "result",
                    "submission_type",
                    "answer",
                    "description"));
            String value = d.oneOf(List.of(
                    "\""
                            + garbage(d)
                                    .replace("\\", "\\\\")
                                    .replace("\"", "\\\"")
                                    .replace("\u0000", "\\u0000")
                                    .replace("\n", "\\n")
                                    .replace("\t", "\\t")
                            + "\"",
                    "1e400",
                    "-1",
                    "[]",
                    "{}",
                    "null",
                    "true"));
            return ("{\"" + key + "\": " + value + "}").getBytes(StandardCharsets.UTF_8);
        }
        return d.oneOf(BODIES).getBytes(StandardCharsets.UTF_8);
    }

    /** Percent-encodes everything, so the request is valid HTTP and the garbage reaches the router. */
    private static String enc(String s) {
        return URLEncoder.encode(s, StandardCharsets.UTF_8).replace("+", "%20");
    }

    /**
     * Sends once more, on a new connection, when the first try got no answer at all: the JDK client retries only
     * idempotent methods itself when a kept-alive connection closes under it, and this test asks about status
     * codes, not connection reuse. A second failure fails the test; how often a retry was needed is printed.
     */
    private static HttpResponse<String> send(HttpRequest request, String what) {
        try {
            try {
                return CLIENT.send(request, HttpResponse.BodyHandlers.ofString());
            } catch (IOException first) {
                statuses.merge("retried without an answer", 1, Integer::sum);
                return HttpClient.newHttpClient().send(request, HttpResponse.BodyHandlers.ofString());
            }
        } catch (IOException e) {
            throw new AssertionError(
                    what + " failed without an answer, twice: " + e + "; the request before: " + last, e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }
}
