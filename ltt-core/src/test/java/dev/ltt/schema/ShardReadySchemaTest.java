package dev.ltt.schema;

import static org.assertj.core.api.Assertions.assertThat;

import dev.ltt.db.Database;
import dev.ltt.testing.TestDatabase;
import java.util.List;
import java.util.Map;
import org.jdbi.v3.core.Jdbi;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The migrated schema can be distributed by learner (Citus, docs/deploy.md) without changing a query: every
 * instance table's primary and unique keys begin with {@code learner_id}, foreign keys between instance tables
 * carry {@code learner_id} (co-location), and no foreign key runs from the template layer to the instance layer.
 * Read from pg_catalog, so a new migration is checked as soon as it exists.
 */
class ShardReadySchemaTest {
    /** The template layer (V1): shared by every learner, reference tables when distributed. */
    static final List<String> TEMPLATE =
            List.of("projects", "tasks", "dependencies", "learning_objectives", "shared_comments");
    /** Who may call: looked up by token hash, not by learner (see docs/deploy.md for how they are placed). */
    static final List<String> ACCESS = List.of("api_tokens", "api_token_uses");

    static Database database;
    static Jdbi jdbi;

    @BeforeAll
    static void open() {
        database = TestDatabase.fresh();
        jdbi = database.jdbi();
    }

    @AfterAll
    static void close() {
        database.close();
    }

    /** Every table with a learner_id column (partitions counted once, as their parent), but the access tables. */
    static List<String> instanceTables() {
        return jdbi.withHandle(h -> h.createQuery("""
                SELECT c.relname FROM pg_class c
                JOIN pg_namespace n ON n.oid = c.relnamespace AND n.nspname = 'public'
                JOIN pg_attribute a ON a.attrelid = c.oid AND a.attname = 'learner_id' AND NOT a.attisdropped
                WHERE c.relkind IN ('r', 'p') AND NOT c.relispartition AND c.relname::text <> ALL(CAST(:access AS text[]))
                ORDER BY c.relname
                """)
                .bind("access", ACCESS.toArray(new String[0]))
                .mapTo(String.class)
                .list());
    }

    @Test
    void every_primary_and_unique_key_of_an_instance_table_begins_with_learner_id() {
        List<String> instance = instanceTables();
        List<Map<String, Object>> keys = jdbi.withHandle(h -> h.createQuery("""
                SELECT c.relname AS table_name, i.relname AS index_name, a.attname AS first_column
                FROM pg_index x
                JOIN pg_class c ON c.oid = x.indrelid
                JOIN pg_class i ON i.oid = x.indexrelid
                JOIN pg_attribute a ON a.attrelid = x.indrelid AND a.attnum = x.indkey[0]
                WHERE (x.indisprimary OR x.indisunique) AND c.relname::text = ANY(CAST(:instance AS text[]))
                ORDER BY 1, 2
                """)
                .bind("instance", instance.toArray(new String[0]))
                .mapToMap()
                .list());

        assertThat(instance)
                .contains(
                        "learners",
                        "enrollments",
                        "learner_task_progress",
                        "submissions",
                        "validations",
                        "status_summaries",
                        "comments",
                        "help_requests",
                        "events");
        assertThat(keys)
                .extracting(k -> k.get("table_name"))
                .containsAll(instance); // each has at least its primary key
        assertThat(keys)
                .allSatisfy(k -> assertThat(k.get("first_column"))
                        .as("%s, key %s", k.get("table_name"), k.get("index_name"))
                        .isEqualTo("learner_id"));
    }

    @Test
    void no_foreign_key_runs_from_the_template_layer_to_the_instance_layer() {
        List<String> wrong = foreignKeys(TEMPLATE, false);

        assertThat(wrong).isEmpty();
        assertThat(instanceTables()).as("no template table holds learner state").doesNotContainAnyElementsOf(TEMPLATE);
    }

    @Test
    void foreign_keys_between_instance_tables_carry_learner_id_so_that_rows_of_one_learner_stay_together() {
        List<String> instance = instanceTables();
        List<String> wrong = jdbi.withHandle(h -> h.createQuery("""
                SELECT f.conname || ': ' || src.relname || ' -> ' || dst.relname
                FROM pg_constraint f
                JOIN pg_class src ON src.oid = f.conrelid
                JOIN pg_class dst ON dst.oid = f.confrelid
                WHERE f.contype = 'f' AND src.relname::text = ANY(CAST(:instance AS text[])) AND dst.relname::text = ANY(CAST(:instance AS text[]))
                  AND NOT EXISTS (
                      SELECT 1 FROM unnest(f.conkey, f.confkey) AS k(src_col, dst_col)
                      JOIN pg_attribute sa ON sa.attrelid = f.conrelid AND sa.attnum = k.src_col
                      JOIN pg_attribute da ON da.attrelid = f.confrelid AND da.attnum = k.dst_col
                      WHERE sa.attname = 'learner_id' AND da.attname = 'learner_id')
                """)
                .bind("instance", instance.toArray(new String[0]))
                .mapTo(String.class)
                .list());

        assertThat(wrong).isEmpty();
    }

    /**
     * A foreign key check locks the row it finds: the tables every change of every learner writes reference no
     * shared template row (the task, the project version), or concurrent learners would queue on those rows.
     */
    @Test
    void the_tables_every_change_writes_take_no_lock_on_shared_template_rows() {
        List<String> wrong = foreignKeys(
                List.of(
                        "learner_task_progress",
                        "submissions",
                        "validations",
                        "status_summaries",
                        "events",
                        "cohort_tally_deltas"),
                true);

        assertThat(wrong).isEmpty();
    }

    /** The foreign keys from {@code tables} to template tables ({@code toTemplate}) or to any other table. */
    private List<String> foreignKeys(List<String> tables, boolean toTemplate) {
        return jdbi.withHandle(h -> h.createQuery("""
                        SELECT f.conname || ': ' || src.relname || ' -> ' || dst.relname
                        FROM pg_constraint f
                        JOIN pg_class src ON src.oid = f.conrelid
                        JOIN pg_class dst ON dst.oid = f.confrelid
                        WHERE f.contype = 'f' AND src.relname::text = ANY(CAST(:tables AS text[]))
                          AND (dst.relname::text = ANY(CAST(:template AS text[]))) = :toTemplate
                        """)
                .bind("tables", tables.toArray(new String[0]))
                .bind("template", TEMPLATE.toArray(new String[0]))
                .bind("toTemplate", toTemplate)
                .mapTo(String.class)
                .list());
    }
}
