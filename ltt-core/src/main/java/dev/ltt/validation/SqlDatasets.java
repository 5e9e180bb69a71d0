package dev.ltt.validation;

import java.nio.file.Path;
import java.util.Map;
import java.util.Optional;

/**
 * Where the sql_result validator finds a project's dataset, by project slug. The built-in rule: the
 * directory named by the environment variable {@value #ENVIRONMENT_VARIABLE} holds {@code <slug>.sql} (a
 * script) or {@code <slug>.sqlite} / {@code <slug>.db} (a SQLite file); without it no project has a dataset.
 * Implementations are thread-safe.
 */
public interface SqlDatasets {
    String ENVIRONMENT_VARIABLE = "LTT_DATASETS_DIR";

    /**
     * The dataset of a project, or empty when it has none. Throws {@link SqlDatasetException} when a dataset is
     * configured but cannot be loaded.
     */
    Optional<SqlDataset> find(String projectSlug);

    /** No project has a dataset: SQL checks judge the result the client reports. */
    static SqlDatasets none() {
        return slug -> Optional.empty();
    }

    /** Datasets in a directory, as described above. */
    static SqlDatasets directory(Path directory) {
        return new DirectorySqlDatasets(directory);
    }

    /** The directory named by {@value #ENVIRONMENT_VARIABLE}, or {@link #none()} when it is not set. */
    static SqlDatasets fromEnvironment() {
        return fromEnvironment(System.getenv());
    }

    static SqlDatasets fromEnvironment(Map<String, String> environment) {
        String directory = environment.get(ENVIRONMENT_VARIABLE);
        return directory == null || directory.isBlank() ? none() : directory(Path.of(directory));
    }
}
