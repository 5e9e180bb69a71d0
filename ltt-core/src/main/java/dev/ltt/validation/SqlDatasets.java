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

    /**
     * The datasets LTT ships with: {@code maji-ndogo-part1-v3}, generated on first use from a fixed seed (see
     * docs/workspace.md).
     */
    static SqlDatasets builtIn() {
        return slug -> MajiNdogoDataset.SLUG.equals(slug) ? Optional.of(MajiNdogoDataset.dataset()) : Optional.empty();
    }

    /** This source first, then {@code fallback} for the projects it has no dataset for. */
    default SqlDatasets orElse(SqlDatasets fallback) {
        return slug -> {
            Optional<SqlDataset> found = find(slug);
            return found.isPresent() ? found : fallback.find(slug);
        };
    }

    /**
     * The directory named by {@value #ENVIRONMENT_VARIABLE} (when set), then the {@link #builtIn()} datasets: a
     * file in the directory overrides a built-in dataset of the same slug.
     */
    static SqlDatasets fromEnvironment() {
        return fromEnvironment(System.getenv());
    }

    static SqlDatasets fromEnvironment(Map<String, String> environment) {
        String directory = environment.get(ENVIRONMENT_VARIABLE);
        return directory == null || directory.isBlank()
                ? builtIn()
                : new DirectorySqlDatasets(Path.of(directory), builtIn());
    }
}
