package dev.ltt.cli;

import dev.ltt.db.DatabaseSettings;
import dev.ltt.error.InvalidInputException;
import java.nio.file.Path;
import java.util.Map;

/**
 * Where {@code ltt serve} listens and keeps its data: flags first, then {@code LTT_HOST} / {@code LTT_PORT}
 * (and the database variables), then the defaults 127.0.0.1:8080 and ./ltt-data.
 */
record ServeSettings(String host, int port, DatabaseSettings database) {
    static final String DEFAULT_HOST = "127.0.0.1";
    static final int DEFAULT_PORT = 8080;
    static final int POOL_SIZE = 16;

    static ServeSettings of(Map<String, String> env, String hostFlag, Integer portFlag, Path dataDirFlag) {
        String host = hostFlag != null
                ? hostFlag
                : env.getOrDefault("LTT_HOST", DEFAULT_HOST).strip();
        if (host.isEmpty()) throw new InvalidInputException("--host", "give a host name or address to listen on");
        int port = portFlag != null ? checkedPort("--port", portFlag) : port(env.get("LTT_PORT"));
        return new ServeSettings(host, port, DatabaseSettings.fromEnvironment(env, dataDirFlag, POOL_SIZE));
    }

    /** The base URL to show: a wildcard address is reached through localhost. */
    String baseUrl(int actualPort) {
        String shown = host.equals("0.0.0.0") || host.equals("::") || host.equals("[::]")
                ? "localhost"
                : host.contains(":") && !host.startsWith("[") ? "[" + host + "]" : host;
        return "http://" + shown + ":" + actualPort;
    }

    private static int port(String value) {
        if (value == null || value.isBlank()) return DEFAULT_PORT;
        try {
            return checkedPort("LTT_PORT", Integer.parseInt(value.strip()));
        } catch (NumberFormatException e) {
            throw new InvalidInputException("LTT_PORT", "LTT_PORT must be a port number from 0 to 65535");
        }
    }

    private static int checkedPort(String name, int port) {
        if (port < 0 || port > 65_535) {
            throw new InvalidInputException(name, name + " must be a port number from 0 to 65535 (0 picks a free one)");
        }
        return port;
    }
}
