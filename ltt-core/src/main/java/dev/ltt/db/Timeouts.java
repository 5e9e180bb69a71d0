package dev.ltt.db;

import java.time.Duration;

/**
 * How long the connection pool and PostgreSQL may take before a call gives up. A process that serves requests
 * ({@code ltt serve}, {@code ltt mcp}) must answer every request within about 5 s even when the database is
 * gone or frozen: getting a connection gives up after {@code connect}, a pooled connection is checked within
 * {@code validation}, PostgreSQL cancels a statement after {@code statement}, and a socket that stays silent
 * for {@code socket} (a frozen server, a cut network) breaks the connection. One-off commands (ingest, backup,
 * restore, migrate) may run long statements, so they have no statement or socket limit.
 */
public record Timeouts(Duration connect, Duration validation, Duration statement, Duration socket) {

    /** For processes that serve requests: each request answers (503 if need be) within about 5 s. */
    public static Timeouts serving() {
        return new Timeouts(
                Duration.ofSeconds(2), Duration.ofMillis(500), Duration.ofMillis(3500), Duration.ofSeconds(4));
    }

    /** For one-off commands: a connection within 10 s, then no limit on how long a statement may run. */
    public static Timeouts command() {
        return new Timeouts(Duration.ofSeconds(10), Duration.ofSeconds(2), Duration.ZERO, Duration.ZERO);
    }

    /** The timeouts of this process's kind: serving when it declared itself a server, else a command's. */
    public static Timeouts forThisProcess() {
        return EmbeddedServer.role() == EmbeddedServer.Role.SERVER ? serving() : command();
    }
}
