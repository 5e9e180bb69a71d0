package dev.ltt.server.lti;

import static org.assertj.core.api.Assertions.assertThat;

import dev.ltt.server.testing.TestServer;
import dev.ltt.testing.MiniCurriculum;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * LTI platform storage over plain HTTP, step by step (the browser's part, postMessage, is played in
 * {@link LtiFrameBrowserTest}): the pages LTT answers, and what a cookie-less launch must bring back.
 */
class LtiPlatformStorageTest {
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

    static String data(String page, String name) {
        Matcher m = Pattern.compile("data-" + name + "=\"([^\"]*)\"").matcher(page);
        assertThat(m.find()).as(name + " in " + page).isTrue();
        return m.group(1).replace("&amp;", "&");
    }

    /** A login offering storage, then the platform's cookie-less post of a signed id_token for it. */
    record Started(LaunchDriver browser, String state, LaunchDriver.Page first, String token) {}

    static Started start(String sub) {
        LaunchDriver browser = new LaunchDriver(server.baseUrl());
        LaunchDriver.Page login = browser.loginPage(platform, sub, Map.of("lti_storage_target", "_parent"));
        assertThat(login.status()).as(login.body()).isEqualTo(200);
        String state = data(login.body(), "state");
        browser.cookies.getCookieStore().removeAll(); // a frame without third-party cookies sends none back
        String token = platform.sign(platform.launchClaims(
                        sub, data(login.body(), "nonce"), List.of(LtiLaunchTest.LEARNER), MiniCurriculum.SLUG)
                .build());
        return new Started(browser, state, browser.launch(token, state), token);
    }

    static int identities(String sub) {
        return server.ltt
                .database()
                .jdbi()
                .withHandle(h -> h.createQuery("SELECT count(*) FROM lti_identities WHERE sub = :sub")
                        .bind("sub", sub)
                        .mapTo(Integer.class)
                        .one());
    }

    @Test
    void a_login_offering_storage_answers_a_page_that_stores_the_state_with_ltts_own_script_only() {
        LaunchDriver browser = new LaunchDriver(server.baseUrl());
        LaunchDriver.Page login = browser.loginPage(platform, "page-sub", Map.of("lti_storage_target", "_parent"));
        assertThat(login.status()).isEqualTo(200);
        assertThat(data(login.body(), "mode")).isEqualTo("put");
        assertThat(data(login.body(), "target")).isEqualTo("_parent");
        assertThat(data(login.body(), "origin")).isEqualTo(platform.issuer);
        assertThat(data(login.body(), "next"))
                .startsWith(platform.url("/auth?"))
                .contains("state=" + data(login.body(), "state"));
        assertThat(login.body())
                .contains("<script src=\"/lti/storage.js\"></script>")
                .doesNotContain("<script>");
        var script = server.http.get("/lti/storage.js", null);
        assertThat(script.status()).isEqualTo(200);
        assertThat(script.text())
                .contains("lti.put_data")
                .contains("lti.get_data")
                .contains("event.origin !== origin");
    }

    @Test
    void a_cookieless_launch_first_reads_the_state_back_and_is_accepted_when_it_matches() {
        Started s = start("stored-sub");
        assertThat(s.first().status()).isEqualTo(200);
        assertThat(data(s.first().body(), "mode")).isEqualTo("get");
        assertThat(data(s.first().body(), "state")).isEqualTo(s.state());
        assertThat(identities("stored-sub")).isZero();
        LaunchDriver.Page landed = s.browser()
                .post(
                        "/lti/launch",
                        Map.of("id_token", s.token(), "state", s.state(), "lti_storage_state", s.state()),
                        "Sec-Fetch-Site",
                        "same-origin");
        assertThat(landed.status()).as(landed.body()).isEqualTo(303);
        assertThat(landed.location()).matches(LtiLaunchTest.IN_FRAME + "/learn/projects/mini");
        assertThat(identities("stored-sub")).isEqualTo(1);
    }

    @Test
    void a_state_read_back_that_is_another_is_refused_and_creates_nobody() {
        Started s = start("other-sub");
        LaunchDriver.Page refused = s.browser()
                .post(
                        "/lti/launch",
                        Map.of("id_token", s.token(), "state", s.state(), "lti_storage_state", s.state() + "x"),
                        "Sec-Fetch-Site",
                        "same-origin");
        assertThat(refused.status()).isEqualTo(401);
        assertThat(refused.body()).contains("This launch was refused").contains("platform");
        assertThat(identities("other-sub")).isZero();
        LaunchDriver.Page empty = s.browser()
                .post(
                        "/lti/launch",
                        Map.of("id_token", s.token(), "state", s.state(), "lti_storage_state", ""),
                        "Sec-Fetch-Site",
                        "same-origin");
        assertThat(empty.status()).isEqualTo(401);
        assertThat(identities("other-sub")).isZero();
    }

    @Test
    void a_read_back_state_posted_from_another_site_is_refused_and_creates_nobody() {
        Started s = start("forged-sub");
        LaunchDriver.Page forged = s.browser()
                .post(
                        "/lti/launch",
                        Map.of("id_token", s.token(), "state", s.state(), "lti_storage_state", s.state()),
                        "Sec-Fetch-Site",
                        "cross-site");
        assertThat(forged.status()).isEqualTo(401);
        assertThat(identities("forged-sub")).isZero();
    }

    @Test
    void a_storage_target_that_is_not_a_frame_name_is_refused() {
        LaunchDriver.Page login = new LaunchDriver(server.baseUrl())
                .loginPage(platform, "bad-target", Map.of("lti_storage_target", "x\"><script>"));
        assertThat(login.status()).isEqualTo(400);
        assertThat(login.body()).contains("lti_storage_target");
    }
}
