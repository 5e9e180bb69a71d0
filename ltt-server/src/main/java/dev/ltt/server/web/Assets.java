package dev.ltt.server.web;

import io.javalin.http.Context;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;

/**
 * The web UI's two static files, read once from the classpath ({@code /web/ltt.css}, {@code /web/ltt.js}) and
 * served under {@code /static/} with a content hash in their links, so browsers may cache them for long.
 */
final class Assets {
    final Asset css = Asset.load("ltt.css", "text/css; charset=utf-8");
    final Asset js = Asset.load("ltt.js", "text/javascript; charset=utf-8");

    record Asset(String name, String type, byte[] bytes, String version) {
        static Asset load(String name, String type) {
            try (InputStream in = Assets.class.getResourceAsStream("/web/" + name)) {
                if (in == null) throw new IllegalStateException("missing classpath resource /web/" + name);
                byte[] bytes = in.readAllBytes();
                String hash = HexFormat.of()
                        .formatHex(MessageDigest.getInstance("SHA-256").digest(bytes))
                        .substring(0, 12);
                return new Asset(name, type, bytes, hash);
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            } catch (NoSuchAlgorithmException e) {
                throw new IllegalStateException(e);
            }
        }

        String href() {
            return "/static/" + name + "?v=" + version;
        }

        void serve(Context ctx) {
            ctx.header("Cache-Control", "public, max-age=86400")
                    .header("X-Content-Type-Options", "nosniff")
                    .contentType(type)
                    .result(bytes);
        }

        @Override
        public String toString() {
            return new String(bytes, StandardCharsets.UTF_8);
        }
    }
}
