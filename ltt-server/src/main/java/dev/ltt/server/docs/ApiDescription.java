package dev.ltt.server.docs;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import dev.ltt.server.http.Access;
import dev.ltt.server.http.Route;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;

/**
 * The OpenAPI 3.1 document of the server: kept by hand in {@code openapi/openapi.yaml} (YAML is easier to
 * review), read once, and served as JSON at {@code GET /openapi.json}. Immutable.
 */
public final class ApiDescription {
    public static final String RESOURCE = "/openapi/openapi.yaml";
    public static final String PATH = "/openapi.json";
    private static final String JSON = load().toString();

    private ApiDescription() {}

    /** The document as a tree, for tests and tools. */
    public static JsonNode load() {
        try (InputStream in = ApiDescription.class.getResourceAsStream(RESOURCE)) {
            if (in == null)
                throw new IllegalStateException("the API description " + RESOURCE + " is not on the classpath");
            return new ObjectMapper(new YAMLFactory()).readTree(in);
        } catch (IOException e) {
            throw new UncheckedIOException("could not read the API description " + RESOURCE, e);
        }
    }

    /** {@code GET /openapi.json}: public, cacheable for a short while (it changes only with the server). */
    public static Route route() {
        return Route.get(
                PATH,
                Access.PUBLIC,
                ctx -> ctx.header("Cache-Control", "public, max-age=300")
                        .contentType("application/json")
                        .result(JSON));
    }
}
