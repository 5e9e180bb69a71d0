package dev.ltt.server.lti;

import static dev.ltt.server.testing.TestServer.ADMIN_TOKEN;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import com.fasterxml.jackson.databind.JsonNode;
import com.zaxxer.hikari.HikariDataSource;
import dev.ltt.Ltt;
import dev.ltt.db.Database;
import dev.ltt.server.LttServer;
import dev.ltt.server.testing.Http;
import dev.ltt.testing.MiniCurriculum;
import dev.ltt.testing.TestDatabase;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Grade passback (AGS) end to end: launches with the AGS claim, progress through the REST API, scores at the
 * platform the test plays, the outbox while the platform fails, and a server restart in between.
 */
class LtiGradesTest {
    static final String LEARNER = "http://purl.imsglobal.org/vocab/lis/v2/membership#Learner";
    static String jdbcUrl;
    static int port;
    static Ltt ltt;
    static LttServer server;
    static Http http;
    static TestPlatform platform;

    @BeforeAll
    static void start() {
        Database first = TestDatabase.fresh();
        jdbcUrl = ((HikariDataSource) first.dataSource()).getJdbcUrl();
        first.close();
        startServer(0);
        platform = new TestPlatform(http.baseUrl());
        LtiTestbed.ingestAndRegister(http, platform);
    }

    /** The server process's part: a new engine and HTTP server over the same database (a restart). */
    static void startServer(int onPort) {
        ltt = new Ltt(Database.connect(jdbcUrl, "postgres", "", 10, null), ADMIN_TOKEN);
        server = LttServer.create(ltt, List.of(dev.ltt.server.web.WebUi.extension(ltt)))
                .start("127.0.0.1", onPort);
        port = server.port();
        http = new Http("http://localhost:" + port);
    }

    static void stopServer() {
        server.stop();
        ltt.close();
    }

    @AfterAll
    static void stop() {
        if (platform != null) platform.close();
        if (server != null) stopServer();
    }

    @Test
    void closing_two_leaves_sends_a_fully_graded_score_of_two_with_the_users_sub() {
        String learner = launch("grade-ada", platform.agsContainerOnly());
        String item = onlyLineItemOf(learner);
        submit(learner, MiniCurriculum.A);
        submit(learner, MiniCurriculum.B);
        await().atMost(Duration.ofSeconds(20))
                .until(() -> lastScore(item) != null
                        && lastScore(item).get("scoreGiven").asInt() == 2);
        JsonNode score = lastScore(item);
        assertThat(score.get("userId").asText()).isEqualTo("grade-ada");
        assertThat(score.get("scoreMaximum").asInt()).isEqualTo(4);
        assertThat(score.get("gradingProgress").asText()).isEqualTo("FullyGraded");
        assertThat(score.get("activityProgress").asText()).isEqualTo("InProgress");
        assertThat(score.get("timestamp").asText()).matches("\\d{4}-\\d\\d-\\d\\dT\\d\\d:\\d\\d:\\d\\d\\.\\d{6}Z");
        assertThat(platform.problems).isEmpty();
        JsonNode grades = http.get("/api/v1/lti/grades?learner_id=" + learner, ADMIN_TOKEN)
                .json();
        assertThat(grades.isArray()).isTrue();
        assertThat(grades.get(0).get("status").asText()).isEqualTo("sent");
        assertThat(grades.get(0).get("score_given").asInt()).isEqualTo(2);
        assertThat(grades.get(0).get("project_id").asText()).isEqualTo("mini");
    }

    @Test
    void two_leaves_closed_while_the_platform_refuses_scores_arrive_as_one_score_of_two() {
        String learner = launch("grade-coalesced", platform.agsWithLineItem("declared-3"));
        String item = platform.url("/lineitems/declared-3?context=course-1");
        platform.failScores.set(true);
        try {
            submit(learner, MiniCurriculum.A);
            await().atMost(Duration.ofSeconds(20))
                    .until(() -> http.get("/api/v1/lti/grades?learner_id=" + learner, ADMIN_TOKEN)
                                    .json()
                                    .get(0)
                                    .get("attempts")
                                    .asInt()
                            >= 1);
            submit(learner, MiniCurriculum.B);
            JsonNode queued = http.get("/api/v1/lti/grades?learner_id=" + learner, ADMIN_TOKEN)
                    .json();
            assertThat(queued).as("one outbox row per learner and line item").hasSize(1);
            assertThat(queued.get(0).get("score_given").asInt()).isEqualTo(2);
        } finally {
            platform.failScores.set(false);
        }
        await().atMost(Duration.ofSeconds(30)).until(() -> lastScore(item) != null);
        await().atMost(Duration.ofSeconds(10))
                .until(() -> http.get("/api/v1/lti/grades?learner_id=" + learner, ADMIN_TOKEN)
                        .json()
                        .get(0)
                        .get("status")
                        .asText()
                        .equals("sent"));
        assertThat(platform.scoresFor(item))
                .as("the first change's score was never sent on its own")
                .hasSize(1);
        assertThat(lastScore(item).get("scoreGiven").asInt()).isEqualTo(2);
        assertThat(lastScore(item).get("userId").asText()).isEqualTo("grade-coalesced");
    }

    @Test
    void finishing_every_leaf_sends_completed() {
        String learner = launch("grade-finisher", platform.agsWithLineItem("declared-1"));
        String item = platform.url("/lineitems/declared-1?context=course-1");
        submit(learner, MiniCurriculum.A);
        submit(learner, MiniCurriculum.B);
        complete(learner, MiniCurriculum.TALK);
        submit(learner, MiniCurriculum.C);
        await().atMost(Duration.ofSeconds(20))
                .until(() -> lastScore(item) != null
                        && "Completed"
                                .equals(lastScore(item).get("activityProgress").asText()));
        assertThat(lastScore(item).get("scoreGiven").asInt()).isEqualTo(4);
        List<JsonNode> all = platform.scoresFor(item);
        for (int i = 1; i < all.size(); i++) {
            assertThat(Instant.parse(all.get(i).get("timestamp").asText()))
                    .isAfter(Instant.parse(all.get(i - 1).get("timestamp").asText()));
        }
        assertThat(platform.problems).isEmpty();
    }

    @Test
    void a_launch_with_lineitems_but_no_lineitem_creates_the_line_item_once_however_many_launches_follow() {
        String first = onlyLineItemOf(launch("once-1", platform.agsContainerOnly()));
        launch("once-2", platform.agsContainerOnly());
        launch("once-1", platform.agsContainerOnly());
        String third = onlyLineItemOf(launch("once-3", platform.agsContainerOnly()));
        assertThat(platform.lineItemsCreated.get())
                .as("line items created for link-1 in this class")
                .isEqualTo(1);
        assertThat(third).isEqualTo(first);
        JsonNode created = platform.lineItemsCreatedList().stream()
                .filter(i -> i.get("id").asText().equals(first))
                .findFirst()
                .orElseThrow();
        assertThat(created.get("tag").asText()).isEqualTo("ltt-progress");
        assertThat(created.get("resourceLinkId").asText()).isEqualTo("link-1");
        assertThat(created.get("scoreMaximum").asInt()).isEqualTo(4);
    }

    @Test
    void while_the_score_endpoint_fails_the_score_waits_and_arrives_after_recovery_also_across_a_restart() {
        String learner = launch("grade-patient", platform.agsWithLineItem("declared-2"));
        String item = platform.url("/lineitems/declared-2?context=course-1");
        platform.failScores.set(true);
        try {
            submit(learner, MiniCurriculum.A);
            await().atMost(Duration.ofSeconds(20)).until(() -> {
                JsonNode g = http.get("/api/v1/lti/grades?learner_id=" + learner, ADMIN_TOKEN)
                        .json();
                return g.size() == 1
                        && g.get(0).get("status").asText().equals("failed")
                        && g.get(0).get("attempts").asInt() >= 2;
            });
            JsonNode failed = http.get("/api/v1/lti/grades?learner_id=" + learner + "&status=failed", ADMIN_TOKEN)
                    .json()
                    .get(0);
            assertThat(failed.get("last_error").asText()).contains("503");
            assertThat(platform.scoresFor(item)).isEmpty();
            String instructor = http.post("/api/v1/instructors/tokens", ADMIN_TOKEN, "{\"name\": \"ines\"}")
                    .json()
                    .get("token")
                    .asText();
            Http.Response cohort = http.send(
                    "GET",
                    "/teach/projects/mini",
                    null,
                    null,
                    Map.of(
                            "Cookie",
                            "ltt_session="
                                    + java.util.Base64.getUrlEncoder()
                                            .withoutPadding()
                                            .encodeToString(instructor.getBytes())));
            assertThat(cohort.status()).isEqualTo(200);
            assertThat(cohort.text())
                    .contains("Grades not yet in the LMS")
                    .contains(learner)
                    .contains("1 of 4")
                    .contains("503");

            int samePort = port;
            stopServer();
            startServer(samePort);
        } finally {
            platform.failScores.set(false);
        }
        await().atMost(Duration.ofSeconds(30)).until(() -> lastScore(item) != null);
        assertThat(lastScore(item).get("scoreGiven").asInt()).isEqualTo(1);
        assertThat(lastScore(item).get("userId").asText()).isEqualTo("grade-patient");
        await().atMost(Duration.ofSeconds(10))
                .until(() -> http.get("/api/v1/lti/grades?learner_id=" + learner, ADMIN_TOKEN)
                        .json()
                        .get(0)
                        .get("status")
                        .asText()
                        .equals("sent"));
        assertThat(platform.scoresFor(item)).hasSize(1);
    }

    @Test
    void a_learner_without_a_launch_queues_nothing() {
        http.post("/api/v1/learners", ADMIN_TOKEN, "{\"id\": \"plain-learner\"}");
        submit("plain-learner", MiniCurriculum.A);
        assertThat(http.get("/api/v1/lti/grades?learner_id=plain-learner", ADMIN_TOKEN)
                        .json())
                .isEmpty();
    }

    @Test
    void with_the_names_and_roles_claim_the_cohort_page_lists_course_members_who_have_not_started() {
        LaunchDriver browser = new LaunchDriver(http.baseUrl());
        LaunchDriver.Authorization auth = browser.login(platform, "roster-rosa", false);
        String token =
                platform.sign(platform.launchClaims("roster-rosa", auth.nonce(), List.of(LEARNER), MiniCurriculum.SLUG)
                        .claim(TestPlatform.NRPS, platform.nrpsClaim())
                        .build());
        assertThat(browser.launch(token, auth.state()).status()).isEqualTo(303);
        String rosa = http.get("/api/v1/lti/identities?issuer=" + platform.issuer + "&sub=roster-rosa", ADMIN_TOKEN)
                .json()
                .get("learner_id")
                .asText();
        submit(rosa, MiniCurriculum.A);
        String instructor = http.post("/api/v1/instructors/tokens", ADMIN_TOKEN, "{\"name\": \"nora\"}")
                .json()
                .get("token")
                .asText();
        Map<String, String> cookie = Map.of(
                "Cookie",
                "ltt_session="
                        + java.util.Base64.getUrlEncoder().withoutPadding().encodeToString(instructor.getBytes()));
        await().atMost(Duration.ofSeconds(20))
                .until(() -> http.send("GET", "/teach/projects/mini", null, null, cookie)
                        .text()
                        .contains("Alan Turing"));
        String page =
                http.send("GET", "/teach/projects/mini", null, null, cookie).text();
        String section = page.substring(page.indexOf("Not started yet"));
        section = section.substring(0, section.indexOf("</section>"));
        assertThat(section)
                .contains("Alan Turing")
                .doesNotContain("Rosa Parks")
                .doesNotContain("Tess Teacher")
                .doesNotContain("Gone Away");
        assertThat(platform.membershipPages.get()).isGreaterThanOrEqualTo(2);
        assertThat(platform.problems).isEmpty();
    }

    @Test
    void the_grades_listing_refuses_an_unknown_status() {
        assertThat(http.get("/api/v1/lti/grades?status=lost", ADMIN_TOKEN).status())
                .isEqualTo(422);
    }

    private static String launch(String sub, Map<String, Object> ags) {
        LaunchDriver browser = new LaunchDriver(http.baseUrl());
        LaunchDriver.Authorization auth = browser.login(platform, sub, false);
        String token = platform.sign(platform.launchClaims(sub, auth.nonce(), List.of(LEARNER), MiniCurriculum.SLUG)
                .claim(TestPlatform.AGS, ags)
                .build());
        LaunchDriver.Page landed = browser.launch(token, auth.state());
        assertThat(landed.status()).as(landed.body()).isEqualTo(303);
        return http.get("/api/v1/lti/identities?issuer=" + platform.issuer + "&sub=" + sub, ADMIN_TOKEN)
                .json()
                .get("learner_id")
                .asText();
    }

    private static String onlyLineItemOf(String learner) {
        List<String> items = ltt.database()
                .jdbi()
                .withHandle(h -> h.createQuery("SELECT line_item FROM lti_grade_links WHERE learner_id = :l")
                        .bind("l", learner)
                        .mapTo(String.class)
                        .list());
        assertThat(items).hasSize(1);
        return items.get(0);
    }

    private static JsonNode lastScore(String item) {
        List<JsonNode> received = platform.scoresFor(item);
        return received.isEmpty() ? null : received.get(received.size() - 1);
    }

    private static void submit(String learner, String task) {
        Http.Response r = http.post(
                "/api/v1/learners/" + learner + "/tasks/" + task + "/submissions",
                ADMIN_TOKEN,
                "{\"content\": \"my careful answer\"}");
        assertThat(r.status()).as(r.text()).isEqualTo(201);
        assertThat(r.json().get("validation").get("passed").asBoolean())
                .as(r.text())
                .isTrue();
    }

    private static void complete(String learner, String task) {
        Http.Response r = http.post("/api/v1/learners/" + learner + "/tasks/" + task + "/complete", ADMIN_TOKEN, "{}");
        assertThat(r.status()).as(r.text()).isEqualTo(200);
    }
}
