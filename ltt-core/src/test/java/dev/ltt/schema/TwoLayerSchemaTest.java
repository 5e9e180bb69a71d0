package dev.ltt.schema;

import static org.assertj.core.api.Assertions.assertThat;

import dev.ltt.db.Database;
import dev.ltt.testing.TestDatabase;
import java.util.List;
import java.util.Optional;
import org.jdbi.v3.core.Jdbi;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** The migrated schema keeps the two layers apart (ADR-001): no status in the template, learner_id first in the instance. */
class TwoLayerSchemaTest {
    private static final List<String> TEMPLATE_TABLES = List.of(
            "projects", "tasks", "dependencies", "learning_objectives", "shared_comments", "flyway_schema_history");
    /** Who may call the API: issued tokens, keyed by their hash, and their last uses (neither layer). */
    private static final List<String> ACCESS_TABLES = List.of("api_tokens", "api_token_uses");
    /**
     * Counts across the learners of a project version, kept for the instructors' views (neither layer: no row
     * belongs to one learner). On an instance layer sharded by learner each shard keeps its own and a view sums them.
     */
    private static final List<String> COHORT_TABLES = List.of("cohort_tally_deltas");

    /**
     * LTI tool configuration (neither layer): the tool's keys, platform registrations and deployments, login state,
     * resource links, deep-linking handles, course rosters. The LTI rows per learner (lti_identities,
     * lti_grade_links, lti_score_outbox) are instance tables and lead with learner_id.
     */
    private static final List<String> LTI_TOOL_TABLES = List.of(
            "lti_tool_keys",
            "lti_registrations",
            "lti_deployments",
            "lti_login_states",
            "lti_resource_links",
            "lti_deep_links",
            "lti_rosters",
            "lti_roster_members");

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

    @Test
    void the_tasks_table_has_no_status_column() {
        List<String> columns =
                jdbi.withHandle(h -> h.createQuery("""
                SELECT column_name FROM information_schema.columns
                WHERE table_schema = 'public' AND table_name = 'tasks'
                """).mapTo(String.class).list());

        assertThat(columns).contains("id", "title").noneMatch(c -> c.contains("status"));
    }

    @Test
    void no_template_table_has_a_status_column() {
        List<String> found = jdbi.withHandle(h -> h.createQuery("""
                SELECT table_name || '.' || column_name FROM information_schema.columns
                WHERE table_schema = 'public' AND table_name::text = ANY(CAST(:tables AS text[])) AND column_name LIKE '%status%'
                """)
                .bind("tables", TEMPLATE_TABLES.toArray(new String[0]))
                .mapTo(String.class)
                .list());

        assertThat(found).isEmpty();
    }

    @Test
    void every_instance_table_leads_its_primary_key_with_learner_id_or_is_partitioned_by_it() {
        List<String> instanceTables = instanceTables();

        assertThat(instanceTables)
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
        assertThat(instanceTables).contains("lti_identities", "lti_grade_links", "lti_score_outbox");
        assertThat(instanceTables)
                .allSatisfy(table -> assertThat(firstPrimaryKeyColumn(table)
                                        .filter("learner_id"::equals)
                                        .isPresent()
                                || partitionKey(table)
                                        .filter(k -> k.matches("\\w+ \\(learner_id\\b.*"))
                                        .isPresent())
                        .as(
                                "%s: primary key starts with %s, partition key %s",
                                table, firstPrimaryKeyColumn(table), partitionKey(table))
                        .isTrue());
    }

    @Test
    void learner_progress_is_one_table_keyed_by_learner_then_task() {
        // one table since V29: the partitions cost every prepared statement more than they saved (issue 11)
        assertThat(partitionKey("learner_task_progress")).isEmpty();
        List<String> key =
                jdbi.withHandle(h -> h.createQuery("""
                        SELECT a.attname FROM pg_index i
                        CROSS JOIN unnest(i.indkey) WITH ORDINALITY AS k(attnum, n)
                        JOIN pg_attribute a ON a.attrelid = i.indrelid AND a.attnum = k.attnum
                        WHERE i.indrelid = 'learner_task_progress'::regclass AND i.indisprimary
                        ORDER BY k.n""").mapTo(String.class).list());
        assertThat(key).containsExactly("learner_id", "task_id");
    }

    /** Every table of the schema that is not a template table (or a partition of another table). */
    private static List<String> instanceTables() {
        return jdbi.withHandle(h -> h.createQuery("""
                SELECT c.relname FROM pg_class c JOIN pg_namespace n ON n.oid = c.relnamespace
                WHERE n.nspname = 'public' AND c.relkind IN ('r', 'p') AND NOT c.relispartition
                  AND c.relname::text <> ALL(CAST(:template AS text[]))
                ORDER BY c.relname
                """)
                .bind(
                        "template",
                        java.util.stream.Stream.of(TEMPLATE_TABLES, ACCESS_TABLES, COHORT_TABLES, LTI_TOOL_TABLES)
                                .flatMap(List::stream)
                                .toList()
                                .toArray(new String[0]))
                .mapTo(String.class)
                .list());
    }

    private static Optional<String> firstPrimaryKeyColumn(String table) {
        return jdbi.withHandle(h -> h.createQuery("""
                SELECT a.attname FROM pg_index i
                JOIN pg_attribute a ON a.attrelid = i.indrelid AND a.attnum = i.indkey[0]
                WHERE i.indrelid = CAST(:table AS regclass) AND i.indisprimary
                """)
                .bind("table", "public." + table)
                .mapTo(String.class)
                .findOne());
    }

    private static Optional<String> partitionKey(String table) {
        return jdbi.withHandle(h -> h.createQuery("""
                SELECT pg_get_partkeydef(p.partrelid) FROM pg_partitioned_table p
                WHERE p.partrelid = CAST(:table AS regclass)
                """)
                .bind("table", "public." + table)
                .mapTo(String.class)
                .findOne());
    }
}
