package dev.ltt.server.lti;

import static dev.ltt.server.testing.TestServer.ADMIN_TOKEN;
import static org.assertj.core.api.Assertions.assertThat;

import com.nimbusds.jose.JWSAlgorithm;
import com.nimbusds.jose.JWSHeader;
import com.nimbusds.jose.crypto.MACSigner;
import com.nimbusds.jose.jwk.RSAKey;
import com.nimbusds.jwt.JWTClaimsSet;
import com.nimbusds.jwt.PlainJWT;
import com.nimbusds.jwt.SignedJWT;
import dev.ltt.server.testing.TestServer;
import dev.ltt.testing.MiniCurriculum;
import java.time.Instant;
import java.util.Date;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.BiFunction;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;

/**
 * Launches from a platform the test plays over loopback, through the whole OIDC flow: where people land, who they
 * become, and every certification "known bad payload" refused with a 4xx page and nothing written.
 */
class LtiLaunchTest {
    static final String LEARNER = "http://purl.imsglobal.org/vocab/lis/v2/membership#Learner";
    static final String INSTRUCTOR = "http://purl.imsglobal.org/vocab/lis/v2/membership#Instructor";
    /** Where a launch sends the browser: under the session handle, so the pages work without cookies. */
    static final String IN_FRAME = "/s/ltt_[A-Za-z0-9_-]{43}";

    static LtiTestbed bed;
    static TestServer server;
    static TestPlatform platform;

    @BeforeAll
    static void start() {
        bed = LtiTestbed.start();
        server = bed.server();
        platform = bed.platform();
    }

    @AfterAll
    static void stop() {
        if (bed != null) bed.close();
    }

    @Test
    void a_learners_full_oidc_launch_lands_signed_in_on_their_project_page() {
        LaunchDriver browser = new LaunchDriver(server.baseUrl());
        LaunchDriver.Authorization auth = browser.login(platform, "user-ada", false);
        assertThat(auth.status()).isEqualTo(302);
        assertThat(auth.location()).startsWith(platform.url("/auth?"));
        assertThat(auth.params())
                .containsEntry("scope", "openid")
                .containsEntry("response_type", "id_token")
                .containsEntry("response_mode", "form_post")
                .containsEntry("prompt", "none")
                .containsEntry("client_id", TestPlatform.CLIENT_ID)
                .containsEntry("login_hint", "user-ada")
                .containsEntry("lti_message_hint", "hint-user-ada")
                .containsEntry("redirect_uri", server.baseUrl() + "/lti/launch");
        assertThat(server.http.get("/lti/config", null).json().get("launch_url").asText())
                .isEqualTo(auth.params().get("redirect_uri"));

        String token =
                platform.sign(platform.launchClaims("ada-sub", auth.nonce(), List.of(LEARNER), MiniCurriculum.SLUG)
                        .build());
        LaunchDriver.Page landed = browser.launch(token, auth.state());
        assertThat(landed.status()).as(landed.body()).isEqualTo(303);
        assertThat(landed.location()).matches(IN_FRAME + "/learn/projects/mini");

        LaunchDriver.Page project = browser.get(landed.location());
        assertThat(project.status()).isEqualTo(200);
        assertThat(project.body()).contains("Mini").contains("a-leaf");

        var identity =
                server.http.get("/api/v1/lti/identities?issuer=" + platform.issuer + "&sub=ada-sub", ADMIN_TOKEN);
        assertThat(identity.status()).isEqualTo(200);
        String learnerId = identity.json().get("learner_id").asText();
        assertThat(project.body()).contains(learnerId);
        var learner = server.ltt
                .database()
                .jdbi()
                .withHandle(
                        h -> h.createQuery("SELECT name || ' <' || email || '>' FROM learners WHERE learner_id = :id")
                                .bind("id", learnerId)
                                .mapTo(String.class)
                                .one());
        assertThat(learner).isEqualTo("Grace Hopper <grace@example.org>");
    }

    @Test
    void a_post_login_works_like_a_get_and_a_second_launch_is_the_same_learner() {
        String first = launchedLearner("same-sub", List.of(LEARNER), true);
        String second = launchedLearner("same-sub", List.of(LEARNER), false);
        assertThat(first).isEqualTo(second);
        assertThat(count("SELECT count(*) FROM lti_identities WHERE sub = 'same-sub'"))
                .isEqualTo(1);
    }

    @TestFactory
    Stream<DynamicTest> instructors_administrators_and_assistants_land_on_the_cohort_page() {
        return Stream.of(
                        INSTRUCTOR,
                        "Instructor",
                        "http://purl.imsglobal.org/vocab/lis/v2/institution/person#Administrator",
                        "http://purl.imsglobal.org/vocab/lis/v2/membership/Instructor#TeachingAssistant",
                        "TeachingAssistant",
                        "http://purl.imsglobal.org/vocab/lis/v2/system/person#Administrator")
                .map(role -> DynamicTest.dynamicTest(role, () -> {
                    LaunchDriver browser = new LaunchDriver(server.baseUrl());
                    LaunchDriver.Authorization auth = browser.login(platform, "staff", false);
                    String token = platform.sign(platform.launchClaims(
                                    "staff-" + role.hashCode(),
                                    auth.nonce(),
                                    List.of(LEARNER, role),
                                    MiniCurriculum.SLUG)
                            .build());
                    LaunchDriver.Page landed = browser.launch(token, auth.state());
                    assertThat(landed.status()).as(landed.body()).isEqualTo(303);
                    assertThat(landed.location()).matches(IN_FRAME + "/teach/projects/mini");
                    LaunchDriver.Page cohort = browser.get(landed.location());
                    assertThat(cohort.status()).isEqualTo(200);
                    assertThat(cohort.body()).contains("(instructor)");
                }));
    }

    @Test
    void unknown_and_empty_roles_are_learners_and_a_launch_without_name_or_email_works() {
        LaunchDriver browser = new LaunchDriver(server.baseUrl());
        LaunchDriver.Authorization auth = browser.login(platform, "anon", false);
        JWTClaimsSet claims = platform.launchClaims("no-pii", auth.nonce(), List.of(), MiniCurriculum.SLUG)
                .claim("name", null)
                .claim("email", null)
                .build();
        LaunchDriver.Page landed = browser.launch(platform.sign(claims), auth.state());
        assertThat(landed.location()).matches(IN_FRAME + "/learn/projects/mini");
        LaunchDriver other = new LaunchDriver(server.baseUrl());
        auth = other.login(platform, "odd", false);
        landed = other.launch(
                platform.sign(platform.launchClaims(
                                "odd-role",
                                auth.nonce(),
                                List.of("http://example.org/roles#Wizard"),
                                MiniCurriculum.SLUG)
                        .build()),
                auth.state());
        assertThat(landed.location()).matches(IN_FRAME + "/learn/projects/mini");
    }

    @Test
    void a_launch_naming_no_known_project_says_so_on_a_page() {
        LaunchDriver browser = new LaunchDriver(server.baseUrl());
        LaunchDriver.Authorization auth = browser.login(platform, "lost", false);
        LaunchDriver.Page page = browser.launch(
                platform.sign(platform.launchClaims("lost-sub", auth.nonce(), List.of(LEARNER), "no-such-project")
                        .build()),
                auth.state());
        assertThat(page.status()).isEqualTo(404);
        assertThat(page.body()).contains("no-such-project").contains("project_id");
    }

    @Test
    void a_login_from_an_unregistered_platform_is_refused_with_a_page_or_for_other_clients_problem_json() {
        String path = "/lti/login?iss=https://unknown.example&login_hint=x&target_link_uri=x";
        var page = server.http.send("GET", path, null, null, Map.of("Accept", "text/html,*/*;q=0.8"));
        assertThat(page.status()).isEqualTo(404);
        assertThat(page.contentType()).startsWith("text/html");
        assertThat(page.text()).contains("no registration");
        var problem = server.http.get(path, null);
        assertThat(problem.status()).isEqualTo(404);
        assertThat(problem.contentType()).startsWith("application/problem+json");
        assertThat(problem.json().get("detail").asText()).contains("no registration");
    }

    @Test
    void a_platform_key_rotation_is_followed_with_exactly_one_refetch() {
        launchedLearner("before-rotation", List.of(LEARNER), false);
        platform.rotateKey();
        int before = platform.jwksFetches.get();
        launchedLearner("after-rotation", List.of(LEARNER), false);
        launchedLearner("after-rotation-2", List.of(LEARNER), false);
        assertThat(platform.jwksFetches.get() - before).isEqualTo(1);
    }

    /** The certification suite's known bad payloads, each made from a good launch by one change. */
    @TestFactory
    Stream<DynamicTest> every_known_bad_payload_is_refused_with_a_4xx_page_and_nothing_written() {
        Map<String, BiFunction<LaunchDriver.Authorization, JWTClaimsSet.Builder, Attempt>> cases =
                new LinkedHashMap<>();
        cases.put(
                "no kid", (a, c) -> new Attempt(TestPlatform.sign(c.build(), platform.signingKey(), null), a.state()));
        cases.put(
                "unknown kid",
                (a, c) -> new Attempt(TestPlatform.sign(c.build(), platform.signingKey(), "no-such-kid"), a.state()));
        cases.put(
                "foreign key under the platform's kid",
                (a, c) -> new Attempt(
                        TestPlatform.sign(
                                c.build(),
                                TestPlatform.newKey(),
                                platform.signingKey().getKeyID()),
                        a.state()));
        cases.put("alg none", (a, c) -> new Attempt(new PlainJWT(c.build()).serialize(), a.state()));
        cases.put(
                "HS256 with the public key as secret",
                (a, c) -> new Attempt(hs256(c.build(), platform.signingKey()), a.state()));
        cases.put("wrong iss", (a, c) -> signed(a, c.issuer("https://evil.example")));
        cases.put("wrong aud", (a, c) -> signed(a, c.audience("someone-else")));
        cases.put(
                "several audiences without azp",
                (a, c) -> signed(a, c.audience(List.of(TestPlatform.CLIENT_ID, "other"))));
        cases.put(
                "expired",
                (a, c) -> signed(a, c.expirationTime(Date.from(Instant.now().minusSeconds(120)))));
        cases.put(
                "iat in the future",
                (a, c) -> signed(a, c.issueTime(Date.from(Instant.now().plusSeconds(300)))));
        cases.put("no nonce", (a, c) -> signed(a, c.claim("nonce", null)));
        cases.put("nonce of another login", (a, c) -> signed(a, c.claim("nonce", "made-up-nonce")));
        cases.put("state mismatch", (a, c) -> new Attempt(platform.sign(c.build()), "another-state"));
        cases.put("no state", (a, c) -> new Attempt(platform.sign(c.build()), null));
        cases.put("no id_token", (a, c) -> new Attempt(null, a.state()));
        cases.put("not a JWT", (a, c) -> new Attempt("not.a.jwt", a.state()));
        cases.put("missing deployment_id", (a, c) -> signed(a, c.claim(TestPlatform.LTI + "deployment_id", null)));
        cases.put(
                "unknown deployment_id",
                (a, c) -> signed(a, c.claim(TestPlatform.LTI + "deployment_id", "other-deployment")));
        cases.put("wrong version", (a, c) -> signed(a, c.claim(TestPlatform.LTI + "version", "1.1")));
        cases.put("no version", (a, c) -> signed(a, c.claim(TestPlatform.LTI + "version", null)));
        cases.put("no message_type", (a, c) -> signed(a, c.claim(TestPlatform.LTI + "message_type", null)));
        cases.put("no roles", (a, c) -> signed(a, c.claim(TestPlatform.LTI + "roles", null)));
        cases.put(
                "no resource_link.id",
                (a, c) -> signed(a, c.claim(TestPlatform.LTI + "resource_link", Map.of("title", "x"))));
        cases.put("no sub", (a, c) -> signed(a, c.subject(null)));
        return cases.entrySet().stream()
                .map(e -> DynamicTest.dynamicTest(e.getKey(), () -> {
                    long before = written();
                    LaunchDriver browser = new LaunchDriver(server.baseUrl());
                    LaunchDriver.Authorization auth = browser.login(platform, "bad", false);
                    JWTClaimsSet.Builder claims = platform.launchClaims(
                            "bad-" + e.getKey().hashCode(), auth.nonce(), List.of(LEARNER), MiniCurriculum.SLUG);
                    Attempt attempt = e.getValue().apply(auth, claims);
                    LaunchDriver.Page page = browser.launch(attempt.idToken(), attempt.state());
                    assertThat(page.status()).as(page.body()).isBetween(400, 499);
                    assertThat(page.body()).contains("This launch was refused");
                    assertThat(page.location()).isNull();
                    assertThat(written())
                            .as("learners, identities and session tokens")
                            .isEqualTo(before);
                }));
    }

    @Test
    void a_deployment_added_to_the_registration_is_accepted_from_then_on() {
        LaunchDriver browser = new LaunchDriver(server.baseUrl());
        LaunchDriver.Authorization auth = browser.login(platform, "later", false);
        String late =
                platform.sign(platform.launchClaims("later-sub", auth.nonce(), List.of(LEARNER), MiniCurriculum.SLUG)
                        .claim(TestPlatform.LTI + "deployment_id", "deployment-later")
                        .build());
        assertThat(browser.launch(late, auth.state()).status()).isEqualTo(401);
        long id = server.http
                .get("/api/v1/lti/registrations", ADMIN_TOKEN)
                .json()
                .get(0)
                .get("id")
                .asLong();
        var added = server.http.post(
                "/api/v1/lti/registrations/" + id + "/deployments",
                ADMIN_TOKEN,
                "{\"deployment_id\": \"deployment-later\"}");
        assertThat(added.status()).as(added.text()).isEqualTo(200);
        assertThat(added.json().get("deployment_ids").toString()).contains("deployment-later");
        auth = browser.login(platform, "later", false);
        String again =
                platform.sign(platform.launchClaims("later-sub", auth.nonce(), List.of(LEARNER), MiniCurriculum.SLUG)
                        .claim(TestPlatform.LTI + "deployment_id", "deployment-later")
                        .build());
        assertThat(browser.launch(again, auth.state()).status()).isEqualTo(303);
    }

    @Test
    void a_replayed_launch_is_refused_and_signs_nobody_in() {
        LaunchDriver browser = new LaunchDriver(server.baseUrl());
        LaunchDriver.Authorization auth = browser.login(platform, "replay", false);
        String token =
                platform.sign(platform.launchClaims("replay-sub", auth.nonce(), List.of(LEARNER), MiniCurriculum.SLUG)
                        .build());
        assertThat(browser.launch(token, auth.state()).status()).isEqualTo(303);
        long before = written();
        assertThat(browser.launch(token, auth.state()).status()).isEqualTo(401);
        LaunchDriver.Authorization fresh = browser.login(platform, "replay", false);
        assertThat(browser.launch(token, fresh.state()).status())
                .as("the old nonce with a new state")
                .isEqualTo(401);
        assertThat(written()).isEqualTo(before);
    }

    @Test
    void the_state_cookie_of_another_browser_is_refused() {
        LaunchDriver mine = new LaunchDriver(server.baseUrl());
        LaunchDriver.Authorization myAuth = mine.login(platform, "me", false);
        LaunchDriver theirs = new LaunchDriver(server.baseUrl());
        LaunchDriver.Authorization theirAuth = theirs.login(platform, "them", false);
        String token = platform.sign(
                platform.launchClaims("them-sub", theirAuth.nonce(), List.of(LEARNER), MiniCurriculum.SLUG)
                        .build());
        long before = written();
        assertThat(mine.launch(token, theirAuth.state()).status()).isEqualTo(401);
        assertThat(myAuth.state()).isNotEqualTo(theirAuth.state());
        assertThat(written()).isEqualTo(before);
    }

    record Attempt(String idToken, String state) {}

    private static Attempt signed(LaunchDriver.Authorization auth, JWTClaimsSet.Builder claims) {
        return new Attempt(platform.sign(claims.build()), auth.state());
    }

    private static String hs256(JWTClaimsSet claims, RSAKey key) {
        try {
            SignedJWT jwt = new SignedJWT(
                    new JWSHeader.Builder(JWSAlgorithm.HS256)
                            .keyID(key.getKeyID())
                            .build(),
                    claims);
            byte[] secret = key.toPublicJWK().toJSONString().getBytes(java.nio.charset.StandardCharsets.UTF_8);
            jwt.sign(new MACSigner(secret));
            return jwt.serialize();
        } catch (com.nimbusds.jose.JOSEException e) {
            throw new IllegalStateException(e);
        }
    }

    /** Launches through the whole flow and answers the learner id the launch signed in. */
    static String launchedLearner(String sub, List<String> roles, boolean postLogin) {
        LaunchDriver browser = new LaunchDriver(server.baseUrl());
        LaunchDriver.Authorization auth = browser.login(platform, sub, postLogin);
        LaunchDriver.Page landed = browser.launch(
                platform.sign(platform.launchClaims(sub, auth.nonce(), roles, MiniCurriculum.SLUG)
                        .build()),
                auth.state());
        assertThat(landed.status()).as(landed.body()).isEqualTo(303);
        return server.http
                .get("/api/v1/lti/identities?issuer=" + platform.issuer + "&sub=" + sub, ADMIN_TOKEN)
                .json()
                .get("learner_id")
                .asText();
    }

    /** Rows a launch writes for a person: learners, identities, session tokens. */
    static long written() {
        return count("SELECT (SELECT count(*) FROM learners) + (SELECT count(*) FROM lti_identities) "
                + "+ (SELECT count(*) FROM api_tokens) + (SELECT count(*) FROM lti_grade_links)");
    }

    static long count(String sql) {
        return server.ltt
                .database()
                .jdbi()
                .withHandle(h -> h.createQuery(sql).mapTo(Long.class).one());
    }
}
