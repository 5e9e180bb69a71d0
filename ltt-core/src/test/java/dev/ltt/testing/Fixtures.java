package dev.ltt.testing;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;

/** The two real curricula bundled in the core jar (copies of shared/fixtures/curricula). */
public final class Fixtures {
    public static final String MAJI_NDOGO = "maji-ndogo-part1-v3";
    public static final String PYTHON = "python-fundamentals";

    private Fixtures() {}

    public static byte[] curriculum(String slug) {
        try (InputStream in = Fixtures.class.getResourceAsStream("/curricula/" + slug + ".json")) {
            if (in == null) throw new IllegalArgumentException("no bundled curriculum " + slug);
            return in.readAllBytes();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
