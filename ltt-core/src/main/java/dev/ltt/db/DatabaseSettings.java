package dev.ltt.db;

import java.nio.file.Path;
import java.util.Map;
import java.util.Optional;

/**
 * Where the data lives: an external PostgreSQL named by {@code LTT_DATABASE_URL} (with
 * {@code LTT_DATABASE_USER} / {@code LTT_DATABASE_PASSWORD}), or else the embedded one in {@code dataDir}.
 */
public record DatabaseSettings(Path dataDir, Optional<String> externalUrl, String user, String password, int poolSize) {

    public static final String DEFAULT_DATA_DIR = "ltt-data";

    public DatabaseSettings {
        dataDir = dataDir.toAbsolutePath().normalize();
        if (poolSize < 1) throw new IllegalArgumentException("poolSize must be at least 1");
    }

    /** Settings from the environment; an explicit data dir (a flag) wins over {@code LTT_DATA_DIR}. */
    public static DatabaseSettings fromEnvironment(Map<String, String> env, Path dataDirFlag, int poolSize) {
        Path dataDir = dataDirFlag != null ? dataDirFlag : Path.of(env.getOrDefault("LTT_DATA_DIR", DEFAULT_DATA_DIR));
        Optional<String> url = Optional.ofNullable(env.get("LTT_DATABASE_URL"))
                .filter(s -> !s.isBlank())
                .map(DatabaseSettings::toJdbcUrl);
        return new DatabaseSettings(
                dataDir,
                url,
                env.getOrDefault("LTT_DATABASE_USER", ""),
                env.getOrDefault("LTT_DATABASE_PASSWORD", ""),
                poolSize);
    }

    /** Accepts both {@code jdbc:postgresql://...} and the libpq form {@code postgresql://...}. */
    static String toJdbcUrl(String url) {
        if (url.startsWith("jdbc:")) return url;
        if (url.startsWith("postgresql://")) return "jdbc:" + url;
        if (url.startsWith("postgres://")) return "jdbc:postgresql://" + url.substring("postgres://".length());
        throw new IllegalArgumentException(
                "LTT_DATABASE_URL must start with jdbc:postgresql:// or postgresql:// (got a URL of another kind)");
    }
}
