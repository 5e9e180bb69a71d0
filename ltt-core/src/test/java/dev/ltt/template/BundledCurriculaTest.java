package dev.ltt.template;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/** The curricula bundled in the jar are unchanged copies of the shared fixtures beside the repository. */
class BundledCurriculaTest {
    // tests run in the module directory; the shared directory sits beside the repository root
    private static final Path BUNDLED = Path.of("src/main/resources/curricula");
    private static final Path SHARED = Path.of("../../shared/fixtures/curricula");

    @Test
    void the_bundled_curricula_are_byte_for_byte_the_shared_fixtures() throws IOException {
        assertThat(SHARED)
                .as("the shared fixtures at %s", SHARED.toAbsolutePath().normalize())
                .isDirectory();
        List<String> bundled = curricula(BUNDLED);

        assertThat(bundled).containsExactlyElementsOf(curricula(SHARED)).isNotEmpty();
        for (String name : bundled) {
            assertThat(BUNDLED.resolve(name)).as(name).hasSameBinaryContentAs(SHARED.resolve(name));
        }
    }

    /** The JSON documents only: each directory's README says something different on purpose. */
    private static List<String> curricula(Path directory) throws IOException {
        try (Stream<Path> files = Files.list(directory)) {
            return files.map(p -> p.getFileName().toString())
                    .filter(n -> n.endsWith(".json"))
                    .sorted()
                    .toList();
        }
    }
}
