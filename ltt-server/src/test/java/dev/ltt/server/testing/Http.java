package dev.ltt.server.testing;

import com.fasterxml.jackson.databind.JsonNode;
import dev.ltt.json.Json;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpHeaders;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.Map;

/** A small JSON-over-HTTP client for tests: every call returns the status, headers and parsed body. */
public final class Http {
    private final String baseUrl;
    private final HttpClient client = HttpClient.newHttpClient();

    public Http(String baseUrl) {
        this.baseUrl = baseUrl;
    }

    /** A response: status, content type and body (parsed as JSON when it is JSON, else null), and its headers. */
    public record Response(int status, String contentType, String text, JsonNode json, HttpHeaders headers) {
        public Response(int status, String contentType, String text, JsonNode json) {
            this(status, contentType, text, json, HttpHeaders.of(Map.of(), (name, value) -> true));
        }

        /** The first value of a response header, or null. */
        public String header(String name) {
            return headers.firstValue(name).orElse(null);
        }
    }

    public String baseUrl() {
        return baseUrl;
    }

    public Response get(String path, String token) {
        return send(request(path, token).GET().build());
    }

    public Response post(String path, String token, String body) {
        return send(request(path, token)
                .header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(body == null ? "" : body))
                .build());
    }

    public Response post(String path, String token, byte[] body) {
        return send(request(path, token)
                .header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofByteArray(body))
                .build());
    }

    public Response patch(String path, String token, String body) {
        return send(request(path, token)
                .header("Content-Type", "application/json")
                .method("PATCH", HttpRequest.BodyPublishers.ofString(body))
                .build());
    }

    public Response send(String method, String path, String token, String body) {
        return send(request(path, token)
                .method(
                        method,
                        body == null ? HttpRequest.BodyPublishers.noBody() : HttpRequest.BodyPublishers.ofString(body))
                .header("Content-Type", "application/json")
                .build());
    }

    /** As {@link #send(String, String, String, String)}, with further request headers. */
    public Response send(String method, String path, String token, String body, Map<String, String> headers) {
        HttpRequest.Builder b = request(path, token)
                .method(
                        method,
                        body == null ? HttpRequest.BodyPublishers.noBody() : HttpRequest.BodyPublishers.ofString(body))
                .header("Content-Type", "application/json");
        headers.forEach(b::setHeader);
        return send(b.build());
    }

    private HttpRequest.Builder request(String path, String token) {
        HttpRequest.Builder b = HttpRequest.newBuilder(URI.create(baseUrl + path));
        if (token != null) b.header("Authorization", "Bearer " + token);
        return b;
    }

    private Response send(HttpRequest request) {
        try {
            HttpResponse<String> r = client.send(request, HttpResponse.BodyHandlers.ofString());
            String type = r.headers().firstValue("Content-Type").orElse("");
            JsonNode json = type.contains("json") && !r.body().isEmpty() ? Json.parse(r.body()) : null;
            return new Response(r.statusCode(), type, r.body(), json, r.headers());
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }
}
