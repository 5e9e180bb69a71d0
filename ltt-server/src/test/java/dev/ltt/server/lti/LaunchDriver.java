package dev.ltt.server.lti;

import java.io.IOException;
import java.net.CookieManager;
import java.net.CookiePolicy;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.stream.Collectors;

/**
 * A browser's part of the OIDC launch, over plain HTTP with a cookie jar: the platform's login initiation to LTT,
 * LTT's redirect to the platform's authorization endpoint, the platform's form post of the id_token. Redirects are
 * not followed, so each step can be checked.
 */
final class LaunchDriver {
    private final String tool;
    final CookieManager cookies = new CookieManager(null, CookiePolicy.ACCEPT_ALL);
    private final HttpClient client;

    LaunchDriver(String toolBase) {
        this.tool = toolBase;
        this.client = HttpClient.newBuilder()
                .cookieHandler(cookies)
                .followRedirects(HttpClient.Redirect.NEVER)
                .build();
    }

    /** What a browser asks for on a navigation or a form post. */
    static HttpRequest.Builder asBrowser(HttpRequest.Builder request) {
        return request.header("Accept", "text/html,application/xhtml+xml,application/xml;q=0.9,*/*;q=0.8");
    }

    /** What LTT sent the browser to the platform with. */
    record Authorization(int status, String location, Map<String, String> params) {
        String state() {
            return params.get("state");
        }

        String nonce() {
            return params.get("nonce");
        }
    }

    record Page(int status, String location, String body) {}

    /** The platform starts the login (as a GET, or a POST form when {@code post}). */
    Authorization login(TestPlatform platform, String loginHint, boolean post) {
        Map<String, String> form = new LinkedHashMap<>();
        form.put("iss", platform.issuer);
        form.put("login_hint", loginHint);
        form.put("target_link_uri", tool + "/lti/launch");
        form.put("lti_message_hint", "hint-" + loginHint);
        form.put("client_id", TestPlatform.CLIENT_ID);
        form.put("lti_deployment_id", TestPlatform.DEPLOYMENT);
        HttpRequest request = post
                ? HttpRequest.newBuilder(URI.create(tool + "/lti/login"))
                        .header("Content-Type", "application/x-www-form-urlencoded")
                        .POST(HttpRequest.BodyPublishers.ofString(encode(form)))
                        .build()
                : HttpRequest.newBuilder(URI.create(tool + "/lti/login?" + encode(form)))
                        .GET()
                        .build();
        HttpResponse<String> response = send(request);
        String location = response.headers().firstValue("Location").orElse(null);
        Map<String, String> params = location == null || !location.contains("?")
                ? Map.of()
                : TestPlatform.form(URI.create(location).getRawQuery());
        return new Authorization(response.statusCode(), location, params);
    }

    /** A GET login initiation with extra parameters (such as {@code lti_storage_target}), answered as a page. */
    Page loginPage(TestPlatform platform, String loginHint, Map<String, String> extra) {
        Map<String, String> form = new LinkedHashMap<>();
        form.put("iss", platform.issuer);
        form.put("login_hint", loginHint);
        form.put("target_link_uri", tool + "/lti/launch");
        form.put("client_id", TestPlatform.CLIENT_ID);
        form.put("lti_deployment_id", TestPlatform.DEPLOYMENT);
        form.putAll(extra);
        return page(HttpRequest.newBuilder(URI.create(tool + "/lti/login?" + encode(form)))
                .GET()
                .build());
    }

    /** A form post to LTT with the request headers a browser adds (such as {@code Sec-Fetch-Site}). */
    Page post(String path, Map<String, String> form, String... headers) {
        return page(HttpRequest.newBuilder(URI.create(tool + path))
                .header("Content-Type", "application/x-www-form-urlencoded")
                .headers(headers)
                .POST(HttpRequest.BodyPublishers.ofString(encode(form)))
                .build());
    }

    /** The platform's form post of the id_token to LTT's launch URL. */
    Page launch(String idToken, String state) {
        Map<String, String> form = new LinkedHashMap<>();
        if (idToken != null) form.put("id_token", idToken);
        if (state != null) form.put("state", state);
        return page(HttpRequest.newBuilder(URI.create(tool + "/lti/launch"))
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString(encode(form)))
                .build());
    }

    /** A form post to LTT. */
    Page post(String path, Map<String, String> form) {
        return page(HttpRequest.newBuilder(URI.create(tool + path))
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString(encode(form)))
                .build());
    }

    Page get(String path) {
        return page(HttpRequest.newBuilder(URI.create(tool + path)).GET().build());
    }

    private Page page(HttpRequest request) {
        HttpResponse<String> response = send(request);
        return new Page(
                response.statusCode(), response.headers().firstValue("Location").orElse(null), response.body());
    }

    private HttpResponse<String> send(HttpRequest request) {
        try {
            request = asBrowser(HttpRequest.newBuilder(request, (name, value) -> true))
                    .build();
            return client.send(request, HttpResponse.BodyHandlers.ofString());
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    static String encode(Map<String, String> form) {
        return form.entrySet().stream()
                .map(e -> URLEncoder.encode(e.getKey(), StandardCharsets.UTF_8) + "="
                        + URLEncoder.encode(e.getValue(), StandardCharsets.UTF_8))
                .collect(Collectors.joining("&"));
    }
}
