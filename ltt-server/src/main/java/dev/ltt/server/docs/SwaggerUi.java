package dev.ltt.server.docs;

import dev.ltt.server.http.Access;
import dev.ltt.server.http.HttpProblem;
import dev.ltt.server.http.Route;
import io.javalin.http.Context;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.List;
import java.util.Map;
import java.util.Properties;

/**
 * Swagger UI at {@code GET /docs}, reading {@code /openapi.json}: a small page of ours and the few files it needs
 * from the {@code org.webjars:swagger-ui} jar, under {@code /docs/{file}}. The page runs no inline script and
 * Swagger UI sets its styles through the DOM, so the Content-Security-Policy allows scripts and styles from this
 * origin only (checked in headless Chromium: no violation on load or on expanding an operation).
 */
public final class SwaggerUi {
    public static final String PATH = "/docs";
    /** Nothing inline, nothing foreign, no framing; data: images are the icons in Swagger UI's style sheet. */
    public static final String CONTENT_SECURITY_POLICY = "default-src 'none'; script-src 'self'; style-src 'self'; "
            + "img-src 'self' data:; connect-src 'self'; base-uri 'none'; form-action 'none'; frame-ancestors 'none'";

    private static final String OURS = "/dev/ltt/server/docs/";
    private static final String WEBJAR = "/META-INF/resources/webjars/swagger-ui/" + webjarVersion() + "/";
    /** The only files served: ours, and those of the webjar that the page loads. */
    private static final Map<String, String> FILES = Map.of(
            "ltt-docs.js", "text/javascript; charset=utf-8",
            "swagger-ui-bundle.js", "text/javascript; charset=utf-8",
            "swagger-ui.css", "text/css; charset=utf-8",
            "favicon-32x32.png", "image/png",
            "favicon-16x16.png", "image/png");

    private SwaggerUi() {}

    public static List<Route> routes() {
        return List.of(
                Route.get(
                        PATH,
                        Access.PUBLIC,
                        ctx -> serve(ctx, OURS + "index.html", "text/html; charset=utf-8", "no-cache")),
                Route.get(PATH + "/{file}", Access.PUBLIC, SwaggerUi::file));
    }

    private static void file(Context ctx) {
        String name = ctx.pathParam("file");
        String type = FILES.get(name);
        if (type == null)
            throw new HttpProblem(404, "no such file of the API documentation: " + PATH + " loads what it needs");
        String resource = (name.startsWith("ltt-") ? OURS : WEBJAR) + name;
        serve(ctx, resource, type, "public, max-age=86400");
    }

    private static void serve(Context ctx, String resource, String type, String cacheControl) {
        InputStream in = SwaggerUi.class.getResourceAsStream(resource);
        if (in == null) throw new HttpProblem(404, "the API documentation is not packaged with this server");
        ctx.header("Content-Security-Policy", CONTENT_SECURITY_POLICY)
                .header("X-Content-Type-Options", "nosniff")
                .header("Referrer-Policy", "no-referrer")
                .header("Cache-Control", cacheControl)
                .contentType(type)
                .result(in);
    }

    /** The version directory of the webjar on the classpath, from the jar's Maven metadata. */
    static String webjarVersion() {
        try (InputStream in =
                SwaggerUi.class.getResourceAsStream("/META-INF/maven/org.webjars/swagger-ui/pom.properties")) {
            if (in == null) return "missing";
            Properties properties = new Properties();
            properties.load(in);
            return properties.getProperty("version", "missing");
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
