package dev.ltt.cli;

import dev.ltt.Ltt;
import dev.ltt.db.Database;
import dev.ltt.db.DatabaseSettings;

/** Opens the engine for one command, on the database the environment and flags name. */
final class Engine {
    private Engine() {}

    static DatabaseSettings settings(CommonOptions options, int poolSize) {
        return DatabaseSettings.fromEnvironment(System.getenv(), options.dataDir, poolSize);
    }

    static Ltt open(CommonOptions options) {
        return new Ltt(Database.open(settings(options, 4)));
    }
}
