package dev.ltt.cli;

import dev.ltt.db.Database;
import dev.ltt.db.DatabaseSettings;
import dev.ltt.db.EmbeddedServer;
import java.io.IOException;
import java.nio.file.Path;
import java.util.Map;

/**
 * A stand-in for another ltt process (run in a child JVM by the tests): declares its role, opens the data
 * dir's database, prints {@code READY}, and holds it until its standard input closes.
 * Usage: {@code HoldDataDir SERVER|COMMAND DATA_DIR}.
 */
public final class HoldDataDir {
    private HoldDataDir() {}

    public static void main(String[] args) throws IOException {
        EmbeddedServer.declareRole(EmbeddedServer.Role.valueOf(args[0]));
        try (Database db = Database.open(DatabaseSettings.fromEnvironment(Map.of(), Path.of(args[1]), 2))) {
            System.out.println("READY " + ProcessHandle.current().pid());
            System.out.flush();
            while (System.in.read() != -1) {
                // hold the database until the parent closes our stdin
            }
        }
        System.out.println("CLOSED");
        System.out.flush();
    }
}
