package dev.ltt.server.docs;

import static org.assertj.core.api.Assertions.assertThat;

import dev.ltt.server.testing.Http.Response;
import dev.ltt.server.testing.TestServer;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

class SwaggerUiTest {
    static TestServer server;

    @BeforeAll
    static void start() {
        server = TestServer.start();
    }

    @AfterAll
    static void stop() {
        server.close();
    }

    @Test
    void docs_is_a_page_that_loads_the_swagger_ui_bundle_and_our_script_under_a_strict_policy() throws Exception {
        HttpResponse<String> page = HttpClient.newHttpClient()
                .send(
                        HttpRequest.newBuilder(URI.create(server.baseUrl() + "/docs"))
                                .build(),
                        HttpResponse.BodyHandlers.ofString());
        assertThat(page.statusCode()).isEqualTo(200);
        assertThat(page.headers().firstValue("Content-Type").orElse("")).startsWith("text/html");
        assertThat(page.body())
                .contains(
                        "<script src=\"/docs/swagger-ui-bundle.js\"></script>",
                        "<script src=\"/docs/ltt-docs.js\"></script>",
                        "href=\"/docs/swagger-ui.css\"");
        assertThat(page.body()).doesNotContainPattern("<script>|<script [^s]|\\son[a-z]+=\"");
        String policy = page.headers().firstValue("Content-Security-Policy").orElse("");
        assertThat(policy)
                .contains("default-src 'none'", "script-src 'self';", "style-src 'self';", "frame-ancestors 'none'");
        assertThat(policy).doesNotContain("unsafe-eval", "unsafe-inline", "*", "http:", "https:");
        assertThat(page.headers().firstValue("X-Content-Type-Options")).contains("nosniff");
    }

    @Test
    void the_bundle_the_style_sheet_and_our_script_are_served_from_the_webjar_and_the_classpath() {
        Response bundle = server.http.get("/docs/swagger-ui-bundle.js", null);
        assertThat(bundle.status()).isEqualTo(200);
        assertThat(bundle.contentType()).startsWith("text/javascript");
        assertThat(bundle.text()).hasSizeGreaterThan(100_000).contains("SwaggerUIBundle");
        Response css = server.http.get("/docs/swagger-ui.css", null);
        assertThat(css.status()).isEqualTo(200);
        assertThat(css.contentType()).startsWith("text/css");
        Response init = server.http.get("/docs/ltt-docs.js", null);
        assertThat(init.text()).contains("url: \"/openapi.json\"", "validatorUrl: null");
    }

    @Test
    void files_other_than_those_the_page_loads_are_not_served() {
        for (String path : new String[] {
            "/docs/index.html",
            "/docs/swagger-initializer.js",
            "/docs/..%2Fopenapi.yaml",
            "/docs/pom.properties",
            "/docs/swagger-ui.js.map"
        }) {
            Response response = server.http.get(path, null);
            assertThat(response.status()).as(path).isEqualTo(404);
            assertThat(response.contentType()).as(path).startsWith("application/problem+json");
        }
    }

    @Test
    void the_webjar_version_is_read_from_the_jar_on_the_classpath() {
        assertThat(SwaggerUi.webjarVersion()).matches("\\d+\\.\\d+\\.\\d+");
    }
}
