package dev.ltt.lti.platforms;

import java.io.IOException;
import java.io.InputStream;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;

/**
 * LTT's calls to a platform (JWKS, token endpoint, line items, scores): short timeouts, bodies read up to a
 * limit, no redirects followed. Failures are {@link PlatformException}s with a message fit for an operator.
 */
public final class PlatformHttp {
    public static final int MAX_BODY = 1 << 20;
    private static final Duration TIMEOUT = Duration.ofSeconds(10);
    private final HttpClient client = HttpClient.newBuilder()
            .connectTimeout(TIMEOUT)
            .followRedirects(HttpClient.Redirect.NEVER)
            .build();

    /** A platform's answer. */
    public record Answer(int status, String body, Map<String, java.util.List<String>> headers) {
        public boolean ok() {
            return status >= 200 && status < 300;
        }

        Optional<String> header(String name) {
            return headers.entrySet().stream()
                    .filter(e -> e.getKey().equalsIgnoreCase(name))
                    .flatMap(e -> e.getValue().stream())
                    .findFirst();
        }
    }

    /** A platform call that did not get a usable answer. */
    public static final class PlatformException extends RuntimeException {
        public PlatformException(String message) {
            super(message, null, false, false);
        }
    }

    public Answer get(String url, String accept, String bearer) {
        HttpRequest.Builder b = request(url).header("Accept", accept).GET();
        if (bearer != null) b.header("Authorization", "Bearer " + bearer);
        return send(b.build(), url);
    }

    public Answer postForm(String url, Map<String, String> form) {
        String body = form.entrySet().stream()
                .map(e -> enc(e.getKey()) + "=" + enc(e.getValue()))
                .collect(Collectors.joining("&"));
        return send(
                request(url)
                        .header("Content-Type", "application/x-www-form-urlencoded")
                        .header("Accept", "application/json")
                        .POST(HttpRequest.BodyPublishers.ofString(body))
                        .build(),
                url);
    }

    public Answer postJson(String url, String contentType, String json, String bearer) {
        HttpRequest.Builder b = request(url)
                .header("Content-Type", contentType)
                .header("Accept", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(json));
        if (bearer != null) b.header("Authorization", "Bearer " + bearer);
        return send(b.build(), url);
    }

    private static HttpRequest.Builder request(String url) {
        try {
            return HttpRequest.newBuilder(URI.create(url)).timeout(TIMEOUT);
        } catch (IllegalArgumentException e) {
            throw new PlatformException("not a usable URL: " + url);
        }
    }

    private Answer send(HttpRequest request, String url) {
        try {
            HttpResponse<InputStream> response = client.send(request, HttpResponse.BodyHandlers.ofInputStream());
            try (InputStream in = response.body()) {
                byte[] bytes = in.readNBytes(MAX_BODY + 1);
                if (bytes.length > MAX_BODY)
                    throw new PlatformException(url + " answered more than " + MAX_BODY + " bytes");
                return new Answer(
                        response.statusCode(),
                        new String(bytes, StandardCharsets.UTF_8),
                        response.headers().map());
            }
        } catch (IOException e) {
            throw new PlatformException("could not reach " + url + ": "
                    + e.getClass().getSimpleName() + (e.getMessage() == null ? "" : " " + e.getMessage()));
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new PlatformException("interrupted while calling " + url);
        }
    }

    private static String enc(String value) {
        return URLEncoder.encode(value, StandardCharsets.UTF_8);
    }
}
