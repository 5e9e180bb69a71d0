package dev.ltt.server.lti;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.nimbusds.jwt.JWTClaimsSet;
import dev.ltt.json.Json;
import dev.ltt.server.testing.TestServer;
import java.util.List;
import java.util.Map;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** Deep linking: the instructor's picker, and the signed answer the platform's return verifies. */
class LtiDeepLinkingTest {
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

    private static Document picker(LaunchDriver browser, String data) {
        LaunchDriver.Authorization auth = browser.login(platform, "teacher", false);
        LaunchDriver.Page page = browser.launch(
                platform.sign(platform.deepLinkingClaims("teacher-sub", auth.nonce(), data)
                        .build()),
                auth.state());
        assertThat(page.status()).as(page.body()).isEqualTo(200);
        return Jsoup.parse(page.body());
    }

    @Test
    void an_instructors_choice_returns_a_signed_resource_link_with_the_project_and_a_line_item_and_echoes_data()
            throws Exception {
        LaunchDriver browser = new LaunchDriver(server.baseUrl());
        Document picker = picker(browser, "opaque-data-42");
        assertThat(picker.select("input[name=project_id]").eachAttr("value")).contains("mini");
        String handle = picker.selectFirst("input[name=launch]").attr("value");

        LaunchDriver.Page answer = browser.post("/lti/deep-link", Map.of("launch", handle, "project_id", "mini"));
        assertThat(answer.status()).as(answer.body()).isEqualTo(200);
        Document page = Jsoup.parse(answer.body());
        assertThat(page.selectFirst("form").attr("action")).isEqualTo(platform.url("/deep-link-return"));
        assertThat(page.selectFirst("form").attr("method")).isEqualTo("post");
        String jwt = page.selectFirst("input[name=JWT]").attr("value");

        JWTClaimsSet claims = platform.verifyDeepLinkResponse(jwt);
        assertThat(claims.getStringClaim("https://purl.imsglobal.org/spec/lti-dl/claim/data"))
                .isEqualTo("opaque-data-42");
        JsonNode items =
                Json.MAPPER.valueToTree(claims.getClaim("https://purl.imsglobal.org/spec/lti-dl/claim/content_items"));
        assertThat(items).hasSize(1);
        JsonNode item = items.get(0);
        assertThat(item.get("type").asText()).isEqualTo("ltiResourceLink");
        assertThat(item.get("url").asText()).isEqualTo(server.baseUrl() + "/lti/launch");
        assertThat(item.get("custom").get("project_id").asText()).isEqualTo("mini");
        assertThat(item.get("lineItem").get("scoreMaximum").asInt()).isEqualTo(4);
        assertThat(item.get("lineItem").get("tag").asText()).isEqualTo("ltt-progress");

        LaunchDriver.Page again = browser.post("/lti/deep-link", Map.of("launch", handle, "project_id", "mini"));
        assertThat(again.status()).as("the picker's handle is single use").isEqualTo(400);
    }

    @Test
    void a_learner_cannot_open_the_picker() {
        LaunchDriver browser = new LaunchDriver(server.baseUrl());
        LaunchDriver.Authorization auth = browser.login(platform, "pupil", false);
        JWTClaimsSet claims = platform.deepLinkingClaims("pupil-sub", auth.nonce(), null)
                .claim(TestPlatform.LTI + "roles", List.of("http://purl.imsglobal.org/vocab/lis/v2/membership#Learner"))
                .build();
        LaunchDriver.Page page = browser.launch(platform.sign(claims), auth.state());
        assertThat(page.status()).isEqualTo(403);
        assertThat(page.body()).contains("Only instructors choose");
    }

    @Test
    void a_forged_picker_handle_is_refused() {
        LaunchDriver.Page page = new LaunchDriver(server.baseUrl())
                .post("/lti/deep-link", Map.of("launch", "ltt_forged", "project_id", "mini"));
        assertThat(page.status()).isEqualTo(400);
        assertThat(page.body()).doesNotContain("JWT");
    }
}
