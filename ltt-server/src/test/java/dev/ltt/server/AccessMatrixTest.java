package dev.ltt.server;

import static dev.ltt.server.http.Access.ADMIN;
import static dev.ltt.server.http.Access.ANY;
import static dev.ltt.server.http.Access.LEARNER_READ;
import static dev.ltt.server.http.Access.LEARNER_WRITE;
import static dev.ltt.server.http.Access.PUBLIC;
import static dev.ltt.server.http.Access.STAFF;
import static dev.ltt.server.testing.TestServer.ADMIN_TOKEN;
import static java.util.Map.entry;
import static org.assertj.core.api.Assertions.assertThat;

import dev.ltt.server.http.Access;
import dev.ltt.server.http.Route;
import dev.ltt.server.testing.Http;
import dev.ltt.server.testing.TestServer;
import dev.ltt.testing.Fixtures;
import dev.ltt.testing.InstanceRows;
import dev.ltt.testing.TemplateFingerprint;
import io.javalin.http.HandlerType;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.jdbi.v3.core.Jdbi;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;

/**
 * Every route the server registers, read from {@link LttServer#routes()} so that a new route is covered without
 * touching this test, called by six kinds of caller. A denied call answers exactly 401 (no valid token) or 403
 * and changes nothing in the database; a granted call is never 401 or 403, nor a 5xx on an empty body.
 */
class AccessMatrixTest {
    /** The learner named in every {learnerId} of a path. */
    static final String PATH_LEARNER = "ada";

    static final String OTHER_LEARNER = "bob";

    /** The access level of the routes that matter most: a change here is a change of the security model. */
    static final Map<String, Access> EXPECTED_ACCESS = Map.ofEntries(
            entry("POST /api/v1/projects", ADMIN),
            entry("GET /api/v1/projects", ANY),
            entry("GET /api/v1/projects/{slug}", ANY),
            entry("GET /api/v1/projects/{slug}/export", STAFF),
            entry("GET /api/v1/projects/{slug}/help", STAFF),
            entry("POST /api/v1/learners", ADMIN),
            entry("GET /api/v1/learners", STAFF),
            entry("POST /api/v1/learners/{learnerId}/tokens", ADMIN),
            entry("POST /api/v1/instructors/tokens", ADMIN),
            entry("GET /api/v1/tokens", ADMIN),
            entry("DELETE /api/v1/tokens/{tokenId}", ADMIN),
            entry("GET /api/v1/learners/{learnerId}/tokens", LEARNER_WRITE),
            entry("DELETE /api/v1/learners/{learnerId}/tokens/{tokenId}", LEARNER_WRITE),
            entry("GET /api/v1/learners/{learnerId}/projects/{slug}/ready", LEARNER_READ),
            entry("GET /api/v1/learners/{learnerId}/projects/{slug}/tree", LEARNER_READ),
            entry("GET /api/v1/learners/{learnerId}/projects/{slug}/progress", LEARNER_READ),
            entry("GET /api/v1/learners/{learnerId}/tasks/{taskId}", LEARNER_READ),
            entry("GET /api/v1/learners/{learnerId}/tasks/{taskId}/context", LEARNER_READ),
            entry("GET /api/v1/learners/{learnerId}/tasks/{taskId}/submissions", LEARNER_READ),
            entry("POST /api/v1/learners/{learnerId}/tasks/{taskId}/start", LEARNER_WRITE),
            entry("POST /api/v1/learners/{learnerId}/tasks/{taskId}/submissions", LEARNER_WRITE),
            entry("POST /api/v1/learners/{learnerId}/tasks/{taskId}/complete", LEARNER_WRITE),
            entry("POST /api/v1/learners/{learnerId}/tasks/{taskId}/reopen", LEARNER_WRITE),
            entry("POST /api/v1/learners/{learnerId}/tasks/{taskId}/comments", LEARNER_WRITE),
            entry("POST /api/v1/learners/{learnerId}/tasks/{taskId}/help", LEARNER_WRITE),
            entry("POST /api/v1/learners/{learnerId}/help/{helpId}/resolve", STAFF),
            entry("POST /api/v1/learners/{learnerId}/projects/{slug}/sql", LEARNER_WRITE),
            entry("GET /api/v1/learners/{learnerId}/projects/{slug}/database", LEARNER_READ),
            entry("POST /api/v1/learners/{learnerId}/projects/{slug}/database/reset", LEARNER_WRITE),
            entry("POST /api/v1/tasks/{taskId}/comments", STAFF),
            entry("POST /api/v1/learners/{learnerId}/submissions/{submissionId}/review", STAFF),
            entry("GET /api/v1/learners/{learnerId}/memory", LEARNER_WRITE),
            entry("DELETE /api/v1/learners/{learnerId}/memory", LEARNER_WRITE),
            entry("PATCH /api/v1/learners/{learnerId}/memory/profile", LEARNER_WRITE),
            entry("DELETE /api/v1/learners/{learnerId}/memory/profile", LEARNER_WRITE),
            entry("POST /api/v1/learners/{learnerId}/memory/observations", LEARNER_WRITE),
            entry("DELETE /api/v1/learners/{learnerId}/memory/observations/{observationId}", LEARNER_WRITE),
            entry("POST /api/v1/lti/registrations", ADMIN),
            entry("GET /api/v1/lti/registrations", ADMIN),
            entry("GET /api/v1/lti/registrations/{registrationId}", ADMIN),
            entry("DELETE /api/v1/lti/registrations/{registrationId}", ADMIN),
            entry("POST /api/v1/lti/registrations/{registrationId}/deployments", ADMIN),
            entry("GET /api/v1/lti/identities", ADMIN),
            entry("GET /api/v1/lti/grades", ADMIN),
            // The LTI tool endpoints are public by nature: a platform (and the browser it sends) holds no LTT
            // token. Each checks what it receives instead: a registered issuer at login; at launch a single-use
            // state and an id_token signed by the platform's key. The JWKS and configuration are public documents.
            entry("GET /lti/login", PUBLIC),
            entry("POST /lti/login", PUBLIC),
            entry("POST /lti/launch", PUBLIC),
            entry("POST /lti/deep-link", PUBLIC),
            entry("GET /lti/register", PUBLIC),
            entry("GET /lti/storage.js", PUBLIC),
            entry("GET /lti/jwks", PUBLIC),
            entry("GET /lti/config", PUBLIC),
            entry("GET /health", PUBLIC),
            entry("GET /metrics", PUBLIC),
            entry("GET /openapi.json", PUBLIC),
            entry("GET /docs", PUBLIC));

    /**
     * Public routes that do write: the LTI login (a single-use login state) and launch (after verifying the
     * platform-signed id_token), and the deep-linking answer (with the picker's single-use handle). They carry
     * their own proof instead of a token; see EXPECTED_ACCESS.
     */
    static final Set<String> SELF_PROVING_WRITES = Set.of("POST /lti/login", "POST /lti/launch", "POST /lti/deep-link");

    /** Who calls: no token, a token nobody issued, and four real ones. */
    enum Caller {
        NO_TOKEN,
        BAD_TOKEN,
        ADMIN,
        PATH_LEARNER,
        OTHER_LEARNER,
        INSTRUCTOR;

        boolean authenticated() {
            return this != NO_TOKEN && this != BAD_TOKEN;
        }
    }

    private static final Pattern PARAM = Pattern.compile("\\{([^}/]+)}|<([^>/]+)>");
    static TestServer server;
    static final Map<Caller, String> tokens = new LinkedHashMap<>();
    static final Map<String, String> pathValues = new LinkedHashMap<>();
    static int cells;

    @BeforeAll
    static void start() {
        server = TestServer.start();
        Http http = server.http;
        assertThat(http.post("/api/v1/projects", ADMIN_TOKEN, Fixtures.curriculum(Fixtures.MAJI_NDOGO))
                        .status())
                .isEqualTo(201);
        for (String learner : List.of(PATH_LEARNER, OTHER_LEARNER)) {
            assertThat(http.post("/api/v1/learners", ADMIN_TOKEN, "{\"id\": \"" + learner + "\"}")
                            .status())
                    .isEqualTo(201);
        }
        tokens.put(Caller.BAD_TOKEN, "ltt_this-token-was-never-issued-0123456789abcdef");
        tokens.put(Caller.ADMIN, ADMIN_TOKEN);
        tokens.put(Caller.PATH_LEARNER, token("/api/v1/learners/" + PATH_LEARNER + "/tokens", "{}"));
        tokens.put(Caller.OTHER_LEARNER, token("/api/v1/learners/" + OTHER_LEARNER + "/tokens", "{}"));
        tokens.put(Caller.INSTRUCTOR, token("/api/v1/instructors/tokens", "{\"name\": \"ines\"}"));

        String base = "/api/v1/learners/" + PATH_LEARNER;
        String task = http.get(base + "/projects/" + Fixtures.MAJI_NDOGO + "/ready", ADMIN_TOKEN)
                .json()
                .get("tasks")
                .get(0)
                .get("id")
                .asText();
        long help = http.post(base + "/tasks/" + task + "/help", ADMIN_TOKEN, "{\"message\": \"stuck\"}")
                .json()
                .get("id")
                .asLong();
        pathValues.put("learnerId", PATH_LEARNER);
        pathValues.put("slug", Fixtures.MAJI_NDOGO);
        pathValues.put("taskId", task);
        pathValues.put("helpId", Long.toString(help));
        pathValues.put("file", "swagger-ui.css");
        // a spare token of the path learner, for the revoking routes: the first granted call revokes it, later ones get
        // 404
        token("/api/v1/learners/" + PATH_LEARNER + "/tokens", "{}");
        pathValues.put(
                "tokenId",
                http.get(base + "/tokens", ADMIN_TOKEN).json().get(0).get("id").asText());
    }

    private static String token(String path, String body) {
        Http.Response response = server.http.post(path, ADMIN_TOKEN, body);
        assertThat(response.status()).isEqualTo(201);
        return response.json().get("token").asText();
    }

    @AfterAll
    static void stop() {
        if (server != null) server.close();
    }

    /** PUBLIC: all; ANY: any valid token; STAFF: admin, instructor; ADMIN: admin; LEARNER_*: and that learner. */
    static boolean granted(Access access, Caller caller) {
        return switch (access) {
            case PUBLIC -> true;
            case ANY -> caller.authenticated();
            case STAFF -> caller == Caller.ADMIN || caller == Caller.INSTRUCTOR;
            case ADMIN -> caller == Caller.ADMIN;
            case LEARNER_READ -> caller == Caller.ADMIN || caller == Caller.INSTRUCTOR || caller == Caller.PATH_LEARNER;
            case LEARNER_WRITE -> caller == Caller.ADMIN || caller == Caller.PATH_LEARNER;
        };
    }

    @TestFactory
    Stream<DynamicTest> every_route_answers_every_caller_as_its_access_level_says() {
        return server.server.routes().stream().map(route -> DynamicTest.dynamicTest(key(route), () -> check(route)));
    }

    private void check(Route route) {
        String path = concrete(route.path());
        List<String> wrong = new ArrayList<>();
        Map<String, Object> before = databaseState();
        for (Caller caller : Caller.values()) {
            if (granted(route.access(), caller)) continue;
            int expected = caller.authenticated() ? 403 : 401;
            int status = call(route, path, caller);
            if (status != expected) wrong.add(caller + " got " + status + ", expected exactly " + expected);
        }
        Map<String, Object> after = databaseState();
        before.forEach((table, state) -> {
            if (!state.equals(after.get(table)))
                wrong.add("a denied call changed " + table + ": " + state + " -> " + after.get(table));
        });
        for (Caller caller : Caller.values()) {
            if (!granted(route.access(), caller)) continue;
            int status = call(route, path, caller);
            if (status == 401 || status == 403 || status >= 500) {
                wrong.add(caller + " is granted " + route.access() + " but got " + status);
            }
        }
        assertThat(wrong)
                .as(key(route) + " (" + route.access() + ") called as " + path)
                .isEmpty();
    }

    private static int call(Route route, String path, Caller caller) {
        cells++;
        boolean hasBody = route.method() != HandlerType.GET && route.method() != HandlerType.HEAD;
        return server.http
                .send(route.method().name(), path, tokens.get(caller), hasBody ? "{}" : null)
                .status();
    }

    @Test
    void the_important_routes_keep_their_access_level() {
        Map<String, Access> actual = new LinkedHashMap<>();
        server.server.routes().forEach(route -> actual.put(key(route), route.access()));
        EXPECTED_ACCESS.forEach((key, access) -> assertThat(actual).as(key).containsEntry(key, access));
    }

    @Test
    void no_route_that_changes_state_is_open_to_every_token_and_no_learner_path_is_open_to_anyone() {
        List<String> wrong = new ArrayList<>();
        for (Route route : server.server.routes()) {
            boolean reads = route.method() == HandlerType.GET || route.method() == HandlerType.HEAD;
            Set<Access> open = Set.of(PUBLIC, ANY);
            if (!reads
                    && (open.contains(route.access()) || route.access() == LEARNER_READ)
                    && !SELF_PROVING_WRITES.contains(key(route))) {
                wrong.add(key(route) + " changes state but is " + route.access());
            }
            if (route.path().contains("{learnerId}") && open.contains(route.access())) {
                wrong.add(key(route) + " names a learner but is " + route.access());
            }
        }
        assertThat(wrong).isEmpty();
    }

    @Test
    void every_endpoint_the_server_answers_goes_through_the_access_check() {
        Set<String> checked = new TreeSet<>();
        server.server.routes().forEach(route -> checked.add(key(route)));
        Set<String> unchecked = new TreeSet<>(server.server.endpoints());
        unchecked.removeAll(checked);
        assertThat(unchecked)
                .as("endpoints added to Javalin directly, not as a dev.ltt.server.http.Route with an Access "
                        + "(so neither the access check nor this matrix covers them)")
                .isEmpty();
    }

    @AfterAll
    static void report() {
        System.out.println("access matrix: " + server.server.routes().size() + " routes x " + Caller.values().length
                + " callers, " + cells + " calls");
    }

    /** The path with every parameter filled in; a parameter not listed gets "x" (the access check comes first). */
    private static String concrete(String template) {
        Matcher m = PARAM.matcher(template);
        StringBuilder path = new StringBuilder();
        while (m.find()) {
            String name = m.group(1) != null ? m.group(1) : m.group(2);
            m.appendReplacement(path, Matcher.quoteReplacement(pathValues.getOrDefault(name, "x")));
        }
        return m.appendTail(path).toString();
    }

    private static String key(Route route) {
        return route.method().name() + " " + route.path();
    }

    /** Row counts of the instance tables, and the exact contents of every table a call could change. */
    private static Map<String, Object> databaseState() {
        Jdbi jdbi = server.ltt.database().jdbi();
        Map<String, Object> state = new LinkedHashMap<>(InstanceRows.count(jdbi));
        state.putAll(TemplateFingerprint.of(jdbi));
        jdbi.useHandle(h -> {
            for (String table : List.of(
                    "learners",
                    "api_tokens",
                    "shared_comments",
                    "help_requests",
                    "comments",
                    "status_summaries",
                    "learner_task_progress",
                    "events",
                    "submissions")) {
                // the table names are this list's constants, never input
                state.put(
                        table + " contents",
                        h.createQuery("SELECT coalesce(md5(string_agg(t::text, ',' ORDER BY " + "t::text)), '-') FROM "
                                        + table + " t")
                                .mapTo(String.class)
                                .one());
            }
        });
        return state;
    }
}
