package dev.ltt.validation;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.sql.SQLException;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.regex.Pattern;

/**
 * Datasets stored as files in one directory: {@code <slug>.sql}, else {@code <slug>.sqlite}, else
 * {@code <slug>.db}. Each is loaded once and kept in memory until its file changes (size or modification
 * time). A slug without a file gets the fallback's dataset (the built-in ones, when read from the environment).
 * Thread-safe.
 */
final class DirectorySqlDatasets implements SqlDatasets {
    private static final Pattern SLUG = Pattern.compile("[a-z0-9][a-z0-9_-]{0,199}");
    private static final List<String> EXTENSIONS = List.of(".sql", ".sqlite", ".db");

    private final Path directory;
    private final SqlDatasets fallback;
    private final Map<String, Loaded> cache = new ConcurrentHashMap<>();

    private record Loaded(Path file, FileTime modified, long size, SqlDataset dataset) {}

    DirectorySqlDatasets(Path directory) {
        this(directory, SqlDatasets.none());
    }

    /** The files of {@code directory}, and {@code fallback}'s datasets for the slugs it has no file for. */
    DirectorySqlDatasets(Path directory, SqlDatasets fallback) {
        this.directory = directory;
        this.fallback = fallback;
    }

    @Override
    public Optional<SqlDataset> find(String projectSlug) {
        if (projectSlug == null || !SLUG.matcher(projectSlug).matches()) return Optional.empty();
        Optional<Path> file = EXTENSIONS.stream()
                .map(ext -> directory.resolve(projectSlug + ext))
                .filter(Files::isRegularFile)
                .findFirst();
        if (file.isEmpty()) {
            cache.remove(projectSlug);
            return fallback.find(projectSlug);
        }
        return Optional.of(cache.compute(projectSlug, (slug, old) -> fresh(slug, file.get(), old))
                .dataset());
    }

    private static Loaded fresh(String slug, Path file, Loaded old) {
        try {
            FileTime modified = Files.getLastModifiedTime(file);
            long size = Files.size(file);
            if (old != null && old.file().equals(file) && old.modified().equals(modified) && old.size() == size) {
                return old;
            }
            return new Loaded(file, modified, size, load(slug, file));
        } catch (IOException | SQLException e) {
            throw new SqlDatasetException("could not load the dataset " + file + ": " + e.getMessage(), e);
        }
    }

    private static SqlDataset load(String slug, Path file) throws IOException, SQLException {
        return file.getFileName().toString().endsWith(".sql")
                ? SqlDataset.fromScript(slug, Files.readString(file, StandardCharsets.UTF_8))
                : SqlDataset.fromFile(slug, file);
    }
}
