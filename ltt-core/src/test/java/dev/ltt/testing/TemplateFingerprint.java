package dev.ltt.testing;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.jdbi.v3.core.Jdbi;

/**
 * The exact contents of the template tables, as a row count and an md5 of every row's text per table:
 * two equal fingerprints mean the tables are byte-for-byte the same.
 */
public final class TemplateFingerprint {
    public static final List<String> TABLES = List.of("projects", "tasks", "dependencies", "learning_objectives");

    private TemplateFingerprint() {}

    /** Table name to {@code "<rows>:<md5 of the rows>"}. */
    public static Map<String, String> of(Jdbi jdbi) {
        Map<String, String> result = new LinkedHashMap<>();
        jdbi.useHandle(h -> {
            for (String table : TABLES) {
                // the table names are this class's constants, never input
                result.put(
                        table,
                        h.createQuery("SELECT count(*) || ':' || coalesce(md5(string_agg(t::text, ','"
                                        + " ORDER BY t::text)), '-') FROM " + table + " t")
                                .mapTo(String.class)
                                .one());
            }
        });
        return result;
    }
}
