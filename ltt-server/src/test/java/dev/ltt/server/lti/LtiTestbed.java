package dev.ltt.server.lti;

import static dev.ltt.server.testing.TestServer.ADMIN_TOKEN;
import static org.assertj.core.api.Assertions.assertThat;

import dev.ltt.server.testing.Http;
import dev.ltt.server.testing.TestServer;
import dev.ltt.server.web.WebUi;
import dev.ltt.testing.MiniCurriculum;
import java.util.List;

/**
 * What the LTI tests stand on: LTT with its web UI and the mini curriculum, and the platform the test plays over
 * loopback, registered with it. Closing it stops both.
 */
record LtiTestbed(TestServer server, TestPlatform platform) implements AutoCloseable {

    static LtiTestbed start() {
        TestServer server = TestServer.start(ltt -> List.of(WebUi.extension(ltt)));
        TestPlatform platform = new TestPlatform(server.baseUrl());
        ingestAndRegister(server.http, platform);
        return new LtiTestbed(server, platform);
    }

    /** Stores the mini curriculum and registers the platform, as an admin would before the first launch. */
    static void ingestAndRegister(Http http, TestPlatform platform) {
        assertThat(http.post("/api/v1/projects", ADMIN_TOKEN, MiniCurriculum.document())
                        .status())
                .isEqualTo(201);
        assertThat(http.post("/api/v1/lti/registrations", ADMIN_TOKEN, platform.registrationJson())
                        .status())
                .isEqualTo(201);
    }

    @Override
    public void close() {
        platform.close();
        server.close();
    }
}
