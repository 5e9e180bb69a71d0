package dev.ltt.server.lti;

import static dev.ltt.server.testing.TestServer.ADMIN_TOKEN;
import static org.assertj.core.api.Assertions.assertThat;

import dev.ltt.server.testing.TestServer;
import dev.ltt.server.web.WebUi;
import dev.ltt.testing.MiniCurriculum;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** Dynamic registration against the platform the test plays: the stored registration works for a launch at once. */
class LtiDynamicRegistrationTest {
    static TestServer server;
    static TestPlatform platform;

    @BeforeAll
    static void start() {
        server = TestServer.start(ltt -> List.of(WebUi.extension(ltt)));
        platform = new TestPlatform(server.baseUrl());
        assertThat(server.http
                        .post("/api/v1/projects", ADMIN_TOKEN, MiniCurriculum.document())
                        .status())
                .isEqualTo(201);
    }

    @AfterAll
    static void stop() {
        if (platform != null) platform.close();
        if (server != null) server.close();
    }

    @Test
    void dynamic_registration_stores_a_registration_that_a_launch_can_use() {
        LaunchDriver browser = new LaunchDriver(server.baseUrl());
        LaunchDriver.Page page = browser.get("/lti/register?openid_configuration="
                + URLEncoder.encode(platform.url("/.well-known/openid-configuration"), StandardCharsets.UTF_8)
                + "&registration_token=" + TestPlatform.REGISTRATION_TOKEN);
        assertThat(page.status()).as(page.body()).isEqualTo(200);
        assertThat(page.body())
                .contains("org.imsglobal.lti.close")
                .contains("LTT is registered with " + platform.issuer);
        assertThat(platform.problems).isEmpty();
        assertThat(platform.registrations).hasSize(1);
        assertThat(platform.registrations.get(0).get("redirect_uris").get(0).asText())
                .isEqualTo(server.baseUrl() + "/lti/launch");

        var stored = server.http.get("/api/v1/lti/registrations", ADMIN_TOKEN).json();
        assertThat(stored).hasSize(1);
        assertThat(stored.get(0).get("issuer").asText()).isEqualTo(platform.issuer);
        assertThat(stored.get(0).get("client_id").asText()).isEqualTo(TestPlatform.CLIENT_ID);
        assertThat(stored.get(0).get("deployment_ids").get(0).asText()).isEqualTo(TestPlatform.DEPLOYMENT);

        LaunchDriver.Authorization auth = browser.login(platform, "dr-learner", false);
        LaunchDriver.Page landed = browser.launch(
                platform.sign(platform.launchClaims(
                                "dr-learner",
                                auth.nonce(),
                                List.of("http://purl.imsglobal.org/vocab/lis/v2/membership#Learner"),
                                MiniCurriculum.SLUG)
                        .build()),
                auth.state());
        assertThat(landed.status()).as(landed.body()).isEqualTo(303);
        assertThat(landed.location()).endsWith("/learn/projects/mini");

        LaunchDriver.Page twice = browser.get("/lti/register?openid_configuration="
                + URLEncoder.encode(platform.url("/.well-known/openid-configuration"), StandardCharsets.UTF_8)
                + "&registration_token=" + TestPlatform.REGISTRATION_TOKEN);
        assertThat(twice.status()).isEqualTo(409);
    }

    @Test
    void a_configuration_whose_issuer_is_another_host_is_refused_and_nothing_is_stored() {
        LaunchDriver.Page page = new LaunchDriver(server.baseUrl())
                .get("/lti/register?openid_configuration="
                        + URLEncoder.encode(
                                "http://localhost:" + platform.issuer.substring(platform.issuer.lastIndexOf(':') + 1)
                                        + "/.well-known/openid-configuration",
                                StandardCharsets.UTF_8)
                        + "&registration_token="
                        + TestPlatform.REGISTRATION_TOKEN);
        assertThat(page.status()).isEqualTo(401);
        assertThat(page.body()).contains("is not the host");
    }
}
