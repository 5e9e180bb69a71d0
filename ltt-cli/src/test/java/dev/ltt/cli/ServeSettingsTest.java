package dev.ltt.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.ltt.error.InvalidInputException;
import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.Test;

class ServeSettingsTest {
    @Test
    void defaults_are_localhost_8080_and_ltt_data_with_a_pool_of_16() {
        ServeSettings s = ServeSettings.of(Map.of(), null, null, null);
        assertThat(s.host()).isEqualTo("127.0.0.1");
        assertThat(s.port()).isEqualTo(8080);
        assertThat(s.database().dataDir()).isEqualTo(Path.of("ltt-data").toAbsolutePath());
        assertThat(s.database().poolSize()).isEqualTo(16);
        assertThat(s.database().externalUrl()).isEmpty();
    }

    @Test
    void the_environment_is_honoured_and_flags_win_over_it() {
        Map<String, String> env = Map.of(
                "LTT_HOST",
                "0.0.0.0",
                "LTT_PORT",
                "9090",
                "LTT_DATA_DIR",
                "/srv/ltt",
                "LTT_DATABASE_URL",
                "postgresql://db:5432/ltt");
        ServeSettings fromEnv = ServeSettings.of(env, null, null, null);
        assertThat(fromEnv.host()).isEqualTo("0.0.0.0");
        assertThat(fromEnv.port()).isEqualTo(9090);
        assertThat(fromEnv.database().dataDir()).isEqualTo(Path.of("/srv/ltt"));
        assertThat(fromEnv.database().externalUrl()).contains("jdbc:postgresql://db:5432/ltt");
        assertThat(fromEnv.baseUrl(9090)).isEqualTo("http://localhost:9090");

        ServeSettings flags = ServeSettings.of(env, "127.0.0.2", 7070, Path.of("/tmp/x"));
        assertThat(flags.host()).isEqualTo("127.0.0.2");
        assertThat(flags.port()).isEqualTo(7070);
        assertThat(flags.database().dataDir()).isEqualTo(Path.of("/tmp/x"));
    }

    @Test
    void a_port_that_is_not_one_is_refused_naming_where_it_came_from() {
        assertThatThrownBy(() -> ServeSettings.of(Map.of("LTT_PORT", "http"), null, null, null))
                .isInstanceOf(InvalidInputException.class)
                .hasMessageContaining("LTT_PORT");
        assertThatThrownBy(() -> ServeSettings.of(Map.of(), null, 70_000, null))
                .isInstanceOf(InvalidInputException.class)
                .hasMessageContaining("--port");
    }
}
