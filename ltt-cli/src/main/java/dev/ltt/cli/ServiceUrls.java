package dev.ltt.cli;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * The URLs {@code ltt serve} shows: the API and health always, and each further door (API docs, OpenAPI,
 * MCP, web UI) only when the running server answers it, so the list never names what this build lacks.
 */
final class ServiceUrls {
    private ServiceUrls() {}

    /** Label to URL, in the order to show them. */
    static Map<String, String> of(String baseUrl) {
        HttpClient client =
                HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(2)).build();
        Map<String, String> urls = new LinkedHashMap<>();
        urls.put("api", baseUrl + "/api/v1");
        urls.put("health", baseUrl + "/health");
        if (answers(client, "GET", baseUrl + "/docs")) urls.put("docs", baseUrl + "/docs");
        if (answers(client, "GET", baseUrl + "/openapi.json")) urls.put("openapi", baseUrl + "/openapi.json");
        if (answers(client, "POST", baseUrl + "/mcp")) urls.put("mcp", baseUrl + "/mcp");
        if (answers(client, "GET", baseUrl + "/")) urls.put("web", baseUrl + "/");
        return urls;
    }

    /** True unless the server says there is no such endpoint (unauthenticated probes change nothing). */
    private static boolean answers(HttpClient client, String method, String url) {
        HttpRequest request = HttpRequest.newBuilder(URI.create(url))
                .timeout(Duration.ofSeconds(3))
                .header("Content-Type", "application/json")
                .method(
                        method,
                        method.equals("GET")
                                ? HttpRequest.BodyPublishers.noBody()
                                : HttpRequest.BodyPublishers.ofString("{}"))
                .build();
        try {
            int status =
                    client.send(request, HttpResponse.BodyHandlers.discarding()).statusCode();
            return status != 404 && status != 405;
        } catch (IOException e) {
            return false;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return false;
        }
    }
}
