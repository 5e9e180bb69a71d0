package dev.ltt.db;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/** Tables in an order where every table comes after the tables its foreign keys point to (self-references aside). */
final class ForeignKeyOrder {
    private static final String REFERENCES = """
            SELECT child.relname, parent.relname FROM pg_constraint k
            JOIN pg_class child ON child.oid = k.conrelid JOIN pg_class parent ON parent.oid = k.confrelid
            WHERE k.contype = 'f' AND k.connamespace = 'public'::regnamespace AND k.conparentid = 0""";

    private ForeignKeyOrder() {}

    static List<BackupManifest.Table> of(Connection c, List<BackupManifest.Table> tables) throws SQLException {
        Map<String, Set<String>> parents = new HashMap<>();
        try (Statement s = c.createStatement();
                ResultSet r = s.executeQuery(REFERENCES)) {
            while (r.next()) {
                if (!r.getString(1).equals(r.getString(2))) {
                    parents.computeIfAbsent(r.getString(1), k -> new LinkedHashSet<>())
                            .add(r.getString(2));
                }
            }
        }
        Map<String, BackupManifest.Table> byName = new LinkedHashMap<>();
        tables.forEach(t -> byName.put(t.name(), t));
        List<BackupManifest.Table> ordered = new ArrayList<>();
        Set<String> placed = new LinkedHashSet<>();
        for (String name : byName.keySet()) place(name, byName, parents, placed, new LinkedHashSet<>(), ordered);
        return ordered;
    }

    private static void place(
            String name,
            Map<String, BackupManifest.Table> byName,
            Map<String, Set<String>> parents,
            Set<String> placed,
            Set<String> visiting,
            List<BackupManifest.Table> ordered) {
        if (placed.contains(name) || !byName.containsKey(name) || !visiting.add(name)) return;
        for (String parent : parents.getOrDefault(name, Set.of()))
            place(parent, byName, parents, placed, visiting, ordered);
        placed.add(name);
        ordered.add(byName.get(name));
    }
}
