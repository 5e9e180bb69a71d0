package dev.ltt.server;

import dev.ltt.access.Tokens;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.Map;
import java.util.Optional;

/**
 * The admin token of an installation: {@code LTT_ADMIN_TOKEN} when it is set; otherwise the token kept in
 * {@code <data dir>/admin-token}, generated on first use into a file only its owner may read (mode 600).
 * Once the file exists it is only ever read, so every process on the data dir agrees on the token. Never
 * log what this returns. Stateless; safe to call from several processes at once.
 */
public final class AdminToken {
    public static final String ENVIRONMENT_VARIABLE = "LTT_ADMIN_TOKEN";
    public static final String FILE_NAME = "admin-token";

    private AdminToken() {}

    /** Where the token comes from, for messages that must not show the token itself. */
    public enum Source {
        ENVIRONMENT,
        FILE
    }

    /** The admin token and where it came from. */
    public record Resolved(String token, Source source, Path file) {
        @Override
        public String toString() {
            return "AdminToken[" + source + "]"; // never the token itself
        }
    }

    /** The token from {@code env}, or from (or newly into) the data dir's file. */
    public static Resolved resolve(Map<String, String> env, Path dataDir) {
        Path file = dataDir.resolve(FILE_NAME);
        Optional<String> fromEnv = Optional.ofNullable(env.get(ENVIRONMENT_VARIABLE))
                .map(String::strip)
                .filter(s -> !s.isEmpty());
        return fromEnv.map(token -> new Resolved(token, Source.ENVIRONMENT, file))
                .orElseGet(() -> new Resolved(readOrCreate(file), Source.FILE, file));
    }

    static String readOrCreate(Path file) {
        try {
            if (Files.exists(file)) return read(file);
            Files.createDirectories(file.toAbsolutePath().getParent());
            Path tmp = ownerOnlyTempFile(file.toAbsolutePath().getParent());
            try {
                Files.writeString(tmp, Tokens.generate() + "\n", StandardCharsets.US_ASCII);
                publish(tmp, file);
            } catch (FileAlreadyExistsException lostTheRace) {
                // the other process's token stands
            } finally {
                Files.deleteIfExists(tmp);
            }
            return read(file);
        } catch (IOException e) {
            throw new UncheckedIOException(
                    "could not read or create the admin token file " + file
                            + ": check the data dir's permissions, or set " + ENVIRONMENT_VARIABLE,
                    e);
        }
    }

    /** Makes {@code tmp} visible as {@code file} unless {@code file} exists: a hard link is atomic about that. */
    private static void publish(Path tmp, Path file) throws IOException {
        try {
            Files.createLink(file, tmp);
        } catch (UnsupportedOperationException noHardLinks) {
            Files.move(tmp, file);
        }
    }

    private static String read(Path file) throws IOException {
        String token = Files.readString(file, StandardCharsets.UTF_8).strip();
        if (token.isEmpty()) {
            throw new IllegalStateException("the admin token file " + file + " is empty: delete it to have a new "
                    + "token generated, or set " + ENVIRONMENT_VARIABLE);
        }
        return token;
    }

    private static Path ownerOnlyTempFile(Path dir) throws IOException {
        try {
            return Files.createTempFile(
                    dir,
                    FILE_NAME + ".",
                    ".tmp",
                    PosixFilePermissions.asFileAttribute(PosixFilePermissions.fromString("rw-------")));
        } catch (UnsupportedOperationException notPosix) {
            return Files.createTempFile(dir, FILE_NAME + ".", ".tmp");
        }
    }
}
