package dev.ltt.db;

import java.io.IOException;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.Optional;
import java.util.Properties;

/** Who runs the embedded server of a data dir: written by the owner, read by every other process. */
record Owner(long pid, EmbeddedServer.Role role, int port) {

    static Optional<Owner> read(Path file) {
        if (!Files.exists(file)) return Optional.empty();
        Properties p = new Properties();
        try (Reader reader = Files.newBufferedReader(file)) {
            p.load(reader);
            return Optional.of(new Owner(
                    Long.parseLong(p.getProperty("pid")),
                    EmbeddedServer.Role.valueOf(p.getProperty("role")),
                    Integer.parseInt(p.getProperty("port"))));
        } catch (IOException | RuntimeException e) {
            return Optional.empty(); // being written right now, or left half-written by a crash: treat as absent
        }
    }

    void write(Path file) {
        Properties p = new Properties();
        p.setProperty("pid", Long.toString(pid));
        p.setProperty("role", role.name());
        p.setProperty("port", Integer.toString(port));
        Path tmp = file.resolveSibling(file.getFileName() + ".tmp");
        try (Writer writer = Files.newBufferedWriter(tmp)) {
            p.store(writer, "the ltt process that runs this data dir's embedded PostgreSQL");
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        try {
            Files.move(tmp, file, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
