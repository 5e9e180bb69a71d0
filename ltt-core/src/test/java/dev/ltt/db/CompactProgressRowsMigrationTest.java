package dev.ltt.db;

import static dev.ltt.testing.MiniCurriculum.A;
import static dev.ltt.testing.MiniCurriculum.C;
import static dev.ltt.testing.MiniCurriculum.SLUG;
import static dev.ltt.testing.MiniCurriculum.document;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.ltt.Ltt;
import dev.ltt.instance.ProgressRow;
import dev.ltt.instance.ProgressStore;
import dev.ltt.instance.Status;
import dev.ltt.people.CreateLearner;
import dev.ltt.testing.TestDatabase;
import dev.ltt.work.SubmitWork;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.jdbi.v3.core.Jdbi;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * V23 rebuilds {@code learner_task_progress} with its columns in the order that needs no alignment padding and a
 * one-byte status. Rows written at V22 (open again, in progress, closed, blocked with a reason) are migrated, and
 * must come out as they went in, with the same keys, constraints and index; a backup taken at V22
 * must restore into a database of this build.
 */
class CompactProgressRowsMigrationTest {
    private static final String ROWS = """
            SELECT learner_id, task_id, project_pk, status, status_reason, started_at, closed_at, updated_at
            FROM learner_task_progress ORDER BY learner_id, task_id""";

    /** Learners' rows as V22 kept them: open again, closed, in progress, blocked with a reason. */
    private static final String V22_ROWS = """
            WITH rows (learner_id, task_id, status, status_reason, started, closed) AS (VALUES
                ('ann', 'mini@v1.1.1.1', 'open', 'once more', NULL, NULL),
                ('ann', 'mini@v1.1.1.2', 'closed', NULL, '2026-11-30T10:00:00Z', '2026-11-30T10:05:00Z'),
                ('ann', 'mini@v1.1.1.3', 'closed', NULL, '2026-11-30T10:06:00Z', '2026-11-30T10:07:00Z'),
                ('bob', 'mini@v1.1.1.1', 'closed', NULL, '2026-11-30T11:00:00Z', '2026-11-30T11:00:00Z'),
                ('bob', 'mini@v1.2.1.1', 'blocked', 'waiting for the data', NULL, NULL),
                ('cy', 'mini@v1.1.1.1', 'in_progress', NULL, '2026-11-30T12:00:00Z', NULL)),
            enrolled AS (
                INSERT INTO enrollments (learner_id, slug, project_pk)
                SELECT DISTINCT r.learner_id, p.slug, p.pk FROM rows r CROSS JOIN projects p WHERE p.slug = ?)
            INSERT INTO learner_task_progress
                (learner_id, task_id, project_pk, status, status_reason, started_at, closed_at, updated_at)
            SELECT r.learner_id, r.task_id, t.project_pk, r.status, r.status_reason, CAST(r.started AS timestamptz),
                   CAST(r.closed AS timestamptz), TIMESTAMPTZ '2026-11-30T13:00:00Z'
            FROM rows r JOIN tasks t ON t.id = r.task_id""";

    @TempDir
    static Path dir;

    static Database db;
    static Ltt ltt;
    static List<String> atV22;
    static List<String> migrated;
    static Path backup;

    @BeforeAll
    static void rows_written_at_v22_then_migrated() {
        db = TestDatabase.connect(TestDatabase.emptyDatabase(), 4);
        Migrations.migrateTo(db.dataSource(), "22");
        ltt = new Ltt(db);
        ltt.use().ingestCurriculum.ingest(document(), false);
        for (String learner : List.of("ann", "bob", "cy"))
            ltt.use().createLearner.create(new CreateLearner.Command(learner, null, null));
        // written as a V22 server left them: the use-cases of this build write the tables' later shapes
        db.jdbi().useHandle(h -> h.execute(V22_ROWS, SLUG));
        atV22 = rows(db.jdbi());
        backup = Backup.write(db, dir.resolve("at-v22.ltt-backup")).file();
        Migrations.migrate(db.dataSource());
        migrated = rows(db.jdbi());
    }

    @AfterAll
    static void close() {
        ltt.close();
    }

    @Test
    void the_rebuild_keeps_every_row_as_it_was() {
        assertThat(atV22).hasSizeGreaterThanOrEqualTo(6);
        assertThat(atV22)
                .anyMatch(r -> r.contains("|open|"))
                .anyMatch(r -> r.contains("|closed|"))
                .anyMatch(r -> r.contains("|in_progress|"))
                .anyMatch(r -> r.contains("|blocked|waiting for the data|"));
        assertThat(migrated).containsExactlyElementsOf(atV22);
    }

    @Test
    void the_columns_are_in_the_compact_order_with_a_one_byte_status() {
        List<String> columns =
                db.jdbi().withHandle(h -> h.createQuery("""
                        SELECT attname || ' ' || format_type(atttypid, atttypmod) FROM pg_attribute
                        WHERE attrelid = 'learner_task_progress'::regclass AND attnum > 0 AND NOT attisdropped
                        ORDER BY attnum""").mapTo(String.class).list());
        assertThat(columns)
                .containsExactly(
                        "project_pk bigint",
                        "started_at timestamp with time zone",
                        "closed_at timestamp with time zone",
                        "updated_at timestamp with time zone",
                        "status \"char\"",
                        "learner_id text",
                        "task_id text",
                        "status_reason text");
    }

    @Test
    void keys_and_the_index_are_those_of_before() {
        // the 8 partitions V23 rebuilt became one table in V29 (TwoLayerSchemaTest)
        List<String> indexes =
                db.jdbi().withHandle(h -> h.createQuery("""
                        SELECT indexdef FROM pg_indexes WHERE tablename = 'learner_task_progress' ORDER BY indexname""").mapTo(String.class).list());
        String onLearnerDelete =
                db.jdbi().withHandle(h -> h.createQuery("""
                        SELECT confdeltype FROM pg_constraint
                        WHERE conname = 'learner_task_progress_learner_id_fkey'
                          AND conrelid = 'learner_task_progress'::regclass""").mapTo(String.class).one());
        assertThat(onLearnerDelete).as("a learner's rows go with the learner").isEqualTo("c");
        assertThat(indexes).hasSize(2);
        assertThat(indexes.get(0))
                .contains("learner_task_progress_in_progress")
                .contains("(project_pk, updated_at) WHERE (status = 'i'::\"char\")");
        assertThat(indexes.get(1))
                .contains("UNIQUE INDEX learner_task_progress_pkey")
                .contains("(learner_id, task_id)");
    }

    @Test
    void the_constraints_still_refuse_what_they_refused() {
        Jdbi jdbi = db.jdbi();
        assertThatThrownBy(() -> jdbi.useHandle(h -> h.execute("""
                        INSERT INTO learner_task_progress (learner_id, task_id, project_pk, status)
                        SELECT 'bob', id, project_pk, 'closed' FROM tasks WHERE id = ?""", C)))
                .hasMessageContaining("duplicate key value violates unique constraint \"learner_task_progress_p")
                .hasMessageContaining("_pkey");
        assertThatThrownBy(() -> jdbi.useHandle(h -> h.execute("""
                        INSERT INTO learner_task_progress (learner_id, task_id, project_pk, status)
                        SELECT 'cy', id, project_pk, 'wrong' FROM tasks WHERE id = ?""", C)))
                .hasMessageContaining("learner_task_progress_status_check");
        // the reference to the task went with V26 (ShardReadySchemaTest): the learner's stays
        assertThatThrownBy(() -> jdbi.useHandle(h -> h.execute("""
                        INSERT INTO learner_task_progress (learner_id, task_id, project_pk, status)
                        SELECT 'nobody', id, project_pk, 'closed' FROM tasks WHERE id = ?""", C)))
                .hasMessageContaining("learner_task_progress_learner_id_fkey");
    }

    @Test
    void the_stores_read_and_write_the_rebuilt_rows() {
        ltt.use().createLearner.create(new CreateLearner.Command("dee", null, null));
        ltt.use().submitWork.submit("dee", A, new SubmitWork.Command("x", null, null), "dee");
        Map<String, Status> dee = statuses("dee");
        assertThat(dee.get(A)).isEqualTo(Status.CLOSED);
        assertThat(statuses("bob").get(C)).isEqualTo(Status.BLOCKED);
        assertThat(statuses("ann").get(A)).isEqualTo(Status.OPEN);
        long closedByLiteral =
                db.jdbi().withHandle(h -> h.createQuery("""
                        SELECT count(*) FROM learner_task_progress WHERE learner_id = 'dee' AND status = 'closed'""").mapTo(Long.class).one());
        assertThat(closedByLiteral)
                .as("a literal status still compares as it reads")
                .isEqualTo(dee.values().stream().filter(s -> s == Status.CLOSED).count());
    }

    @Test
    void a_backup_taken_before_the_rebuild_restores_after_it() {
        try (Database fresh = TestDatabase.connect(TestDatabase.emptyDatabase(), 2)) {
            Restore.Summary restored = Restore.read(fresh, backup, false);
            assertThat(restored.schemaVersion()).isEqualTo("22");
            assertThat(rows(fresh.jdbi())).containsExactlyElementsOf(atV22);
            assertThat(version(fresh)).isEqualTo(version(db)).isNotEqualTo("22");
        }
    }

    private static String version(Database database) {
        try (var c = database.dataSource().getConnection()) {
            return SchemaVersion.of(c);
        } catch (java.sql.SQLException e) {
            throw new IllegalStateException(e);
        }
    }

    private static Map<String, Status> statuses(String learner) {
        return db.jdbi().withHandle(h -> new ProgressStore().bySlug(h, learner, SLUG)).orElseThrow().rows().stream()
                .collect(Collectors.toMap(ProgressRow::taskId, ProgressRow::status));
    }

    /** Every progress row as text, the status by its key whether it is stored as text (V22) or one letter (V23). */
    private static List<String> rows(Jdbi jdbi) {
        return jdbi.withHandle(h -> h.createQuery(ROWS)
                .map((rs, ctx) -> String.join(
                        "|",
                        rs.getString(1),
                        rs.getString(2),
                        rs.getString(3),
                        Status.fromStored(rs.getString(4)).key(),
                        String.valueOf(rs.getString(5)),
                        String.valueOf(rs.getString(6)),
                        String.valueOf(rs.getString(7)),
                        rs.getString(8)))
                .list());
    }
}
