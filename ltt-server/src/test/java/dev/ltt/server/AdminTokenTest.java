package dev.ltt.server;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class AdminTokenTest {
    @TempDir
    Path dataDir;

    @Test
    void without_the_variable_a_token_is_generated_once_into_a_file_only_its_owner_can_read() throws Exception {
        AdminToken.Resolved first = AdminToken.resolve(Map.of(), dataDir);
        AdminToken.Resolved again = AdminToken.resolve(Map.of(), dataDir);

        assertThat(first.source()).isEqualTo(AdminToken.Source.FILE);
        assertThat(first.token()).startsWith("ltt_").hasSizeGreaterThan(40).isEqualTo(again.token());
        Path file = dataDir.resolve(AdminToken.FILE_NAME);
        assertThat(Files.readString(file).strip()).isEqualTo(first.token());
        assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(file)))
                .isEqualTo("rw-------");
        assertThat(first.toString()).doesNotContain(first.token());
        try (var files = Files.list(dataDir)) {
            assertThat(files).containsExactly(file);
        }
    }

    @Test
    void the_variable_wins_and_leaves_the_data_dir_alone() {
        AdminToken.Resolved admin =
                AdminToken.resolve(Map.of(AdminToken.ENVIRONMENT_VARIABLE, " s3cret-admin-token "), dataDir);
        assertThat(admin.token()).isEqualTo("s3cret-admin-token");
        assertThat(admin.source()).isEqualTo(AdminToken.Source.ENVIRONMENT);
        assertThat(dataDir.resolve(AdminToken.FILE_NAME)).doesNotExist();
        assertThat(AdminToken.resolve(Map.of(AdminToken.ENVIRONMENT_VARIABLE, "  "), dataDir)
                        .source())
                .isEqualTo(AdminToken.Source.FILE);
    }

    @Test
    void processes_racing_to_create_the_token_all_end_up_with_the_same_one() throws Exception {
        Path fresh = dataDir.resolve("nested/data");
        ExecutorService pool = Executors.newFixedThreadPool(8);
        try {
            List<Callable<String>> racers = IntStream.range(0, 16)
                    .<Callable<String>>mapToObj(
                            i -> () -> AdminToken.resolve(Map.of(), fresh).token())
                    .toList();
            List<String> tokens = pool.invokeAll(racers).stream()
                    .map(AdminTokenTest::get)
                    .distinct()
                    .toList();
            assertThat(tokens).hasSize(1);
        } finally {
            pool.shutdownNow();
        }
    }

    @Test
    void an_empty_token_file_is_an_error_that_says_what_to_do() throws Exception {
        Files.writeString(dataDir.resolve(AdminToken.FILE_NAME), "\n");
        assertThatThrownBy(() -> AdminToken.resolve(Map.of(), dataDir))
                .hasMessageContaining("is empty")
                .hasMessageContaining("delete it");
    }

    private static String get(Future<String> future) {
        try {
            return future.get();
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }
}
