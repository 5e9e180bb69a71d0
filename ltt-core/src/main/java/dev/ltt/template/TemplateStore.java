package dev.ltt.template;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.ltt.json.Json;
import java.sql.Array;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.List;
import java.util.Optional;
import org.jdbi.v3.core.Handle;
import org.jdbi.v3.core.statement.PreparedBatch;
import org.jdbi.v3.core.statement.StatementContext;

/**
 * SQL for the template layer. Every method takes the caller's {@link Handle}: use-cases own transactions.
 * Knows nothing of learners.
 */
public final class TemplateStore {

    private static final String PROJECT_COLUMNS = """
            p.pk, p.slug, p.version, p.title, p.root_task_id, p.narrative_context, p.workspace_type,
            p.document_sha256, p.created_at,
            (SELECT count(*) FROM tasks t WHERE t.project_pk = p.pk) AS task_count,
            (SELECT count(*) FROM tasks t WHERE t.project_pk = p.pk
                AND NOT EXISTS (SELECT 1 FROM tasks c WHERE c.parent_id = t.id)) AS leaf_count,
            (SELECT count(*) FROM learning_objectives o JOIN tasks t ON t.id = o.task_id
                WHERE t.project_pk = p.pk) AS objective_count
            """;

    private static final String TASK_COLUMNS = """
            id, project_pk, parent_id, task_type, sort_path, title, description, content, acceptance_criteria,
            priority, estimated_minutes, subtask_type, requires_submission, tutor_guidance::text, extra::text
            """;

    public Optional<ProjectVersion> findProject(Handle h, String slug, int version) {
        return h.createQuery(
                        "SELECT " + PROJECT_COLUMNS + " FROM projects p WHERE p.slug = :slug AND p.version = :version")
                .bind("slug", slug)
                .bind("version", version)
                .map(TemplateStore::mapProject)
                .findOne();
    }

    public Optional<ProjectVersion> latestProject(Handle h, String slug) {
        return h.createQuery("SELECT " + PROJECT_COLUMNS
                        + " FROM projects p WHERE p.slug = :slug ORDER BY p.version DESC LIMIT 1")
                .bind("slug", slug)
                .map(TemplateStore::mapProject)
                .findOne();
    }

    /** The key of the slug's latest version, without the counts a listing computes. */
    public Optional<Long> latestVersionPk(Handle h, String slug) {
        return h.createQuery("SELECT pk FROM projects WHERE slug = :slug ORDER BY version DESC LIMIT 1")
                .bind("slug", slug)
                .mapTo(Long.class)
                .findOne();
    }

    public Optional<ProjectVersion> projectByPk(Handle h, long pk) {
        return h.createQuery("SELECT " + PROJECT_COLUMNS + " FROM projects p WHERE p.pk = :pk")
                .bind("pk", pk)
                .map(TemplateStore::mapProject)
                .findOne();
    }

    /** Every project's latest version, or every version, ordered by slug then version. */
    public List<ProjectVersion> listProjects(Handle h, boolean allVersions) {
        String filter = allVersions ? "" : """
                WHERE p.version = (SELECT max(version) FROM projects q WHERE q.slug = p.slug)
                """;
        return h.createQuery("SELECT " + PROJECT_COLUMNS + " FROM projects p " + filter + " ORDER BY p.slug, p.version")
                .map(TemplateStore::mapProject)
                .list();
    }

    /** Serialises ingests of one slug, so two identical concurrent ingests cannot both insert. */
    public void lockSlug(Handle h, String slug) {
        h.createQuery("SELECT 1 FROM (SELECT pg_advisory_xact_lock(hashtext('ltt.project:' || :slug))) AS locked")
                .bind("slug", slug)
                .mapTo(Integer.class)
                .one();
    }

    public long insertProject(Handle h, Curriculum c, String title, String rootTaskId) {
        return h.createUpdate("""
                        INSERT INTO projects (slug, version, root_task_id, title, narrative_context, workspace_type,
                                              document_sha256)
                        VALUES (:slug, :version, :root, :title, :narrative, :workspace, :sha)
                        """)
                .bind("slug", c.slug())
                .bind("version", c.version())
                .bind("root", rootTaskId)
                .bind("title", title)
                .bind("narrative", c.narrativeContext())
                .bind("workspace", c.workspaceType())
                .bind("sha", c.sha256())
                .executeAndReturnGeneratedKeys("pk")
                .mapTo(Long.class)
                .one();
    }

    public void insertTasks(Handle h, List<Task> tasks) {
        PreparedBatch batch = h.prepareBatch("""
                INSERT INTO tasks (id, project_pk, parent_id, task_type, sort_path, title, description, content,
                                   acceptance_criteria, priority, estimated_minutes, subtask_type, requires_submission,
                                   tutor_guidance, extra)
                VALUES (:id, :projectPk, :parentId, :type, :sortPath, :title, :description, :content,
                        :acceptanceCriteria, :priority, :estimatedMinutes, :subtaskType, :requiresSubmission,
                        CAST(:tutorGuidance AS jsonb), CAST(:extra AS jsonb))
                """);
        for (Task t : tasks) {
            NodeFields f = t.fields();
            batch.bind("id", t.id())
                    .bind("projectPk", t.projectPk())
                    .bind("parentId", t.parentId())
                    .bind("type", t.type().dbName())
                    .bind("sortPath", t.sortPath())
                    .bind("title", f.title())
                    .bind("description", f.description())
                    .bind("content", f.content())
                    .bind("acceptanceCriteria", f.acceptanceCriteria())
                    .bind("priority", f.priority())
                    .bind("estimatedMinutes", f.estimatedMinutes())
                    .bind("subtaskType", f.subtaskType())
                    .bind("requiresSubmission", f.requiresSubmission())
                    .bind("tutorGuidance", f.tutorGuidance() == null ? null : Json.write(f.tutorGuidance()))
                    .bind("extra", Json.write(f.extra()))
                    .add();
        }
        batch.execute();
    }

    public void insertObjectives(Handle h, List<StoredObjective> objectives) {
        PreparedBatch batch = h.prepareBatch("""
                INSERT INTO learning_objectives (task_id, position, level, description, extra)
                VALUES (:taskId, :position, :level, :description, CAST(:extra AS jsonb))
                """);
        for (StoredObjective o : objectives) {
            batch.bind("taskId", o.taskId())
                    .bind("position", o.position())
                    .bind("level", o.objective().level().key())
                    .bind("description", o.objective().description())
                    .bind("extra", Json.write(o.objective().extra()))
                    .add();
        }
        if (!objectives.isEmpty()) batch.execute();
    }

    public void insertDependencies(Handle h, List<Dependency> dependencies) {
        PreparedBatch batch = h.prepareBatch("""
                INSERT INTO dependencies (task_id, depends_on_id, dep_type, position)
                VALUES (:taskId, :dependsOnId, :type, :position)
                """);
        for (Dependency d : dependencies) {
            batch.bind("taskId", d.taskId())
                    .bind("dependsOnId", d.dependsOnId())
                    .bind("type", d.type().key())
                    .bind("position", d.position())
                    .add();
        }
        if (!dependencies.isEmpty()) batch.execute();
    }

    /** Every node of a project version in curriculum order. */
    public List<Task> tasks(Handle h, long projectPk) {
        return h.createQuery("SELECT " + TASK_COLUMNS + " FROM tasks WHERE project_pk = :pk ORDER BY sort_path")
                .bind("pk", projectPk)
                .map(TemplateStore::mapTask)
                .list();
    }

    public Optional<Task> task(Handle h, String taskId) {
        return h.createQuery("SELECT " + TASK_COLUMNS + " FROM tasks WHERE id = :id")
                .bind("id", taskId)
                .map(TemplateStore::mapTask)
                .findOne();
    }

    public Optional<Long> projectOfTask(Handle h, String taskId) {
        return h.createQuery("SELECT project_pk FROM tasks WHERE id = :id")
                .bind("id", taskId)
                .mapTo(Long.class)
                .findOne();
    }

    public List<Dependency> dependencies(Handle h, long projectPk) {
        return h.createQuery("""
                        SELECT d.task_id, d.depends_on_id, d.dep_type, d.position
                        FROM dependencies d JOIN tasks t ON t.id = d.task_id
                        WHERE t.project_pk = :pk
                        ORDER BY t.sort_path, d.position
                        """)
                .bind("pk", projectPk)
                .map((rs, ctx) -> new Dependency(
                        rs.getString(1), rs.getString(2), DependencyType.fromKey(rs.getString(3)), rs.getInt(4)))
                .list();
    }

    public List<StoredObjective> objectives(Handle h, long projectPk) {
        return h.createQuery("""
                        SELECT o.id, o.task_id, o.position, o.level, o.description, o.extra::text
                        FROM learning_objectives o JOIN tasks t ON t.id = o.task_id
                        WHERE t.project_pk = :pk
                        ORDER BY t.sort_path, o.position
                        """)
                .bind("pk", projectPk)
                .map((rs, ctx) -> new StoredObjective(
                        rs.getLong(1),
                        rs.getString(2),
                        rs.getInt(3),
                        new LearningObjective(BloomLevel.fromKey(rs.getString(4)), rs.getString(5), (ObjectNode)
                                Json.parse(rs.getString(6)))))
                .list();
    }

    private static ProjectVersion mapProject(ResultSet rs, StatementContext ctx) throws SQLException {
        return new ProjectVersion(
                rs.getLong("pk"),
                rs.getString("slug"),
                rs.getInt("version"),
                rs.getString("title"),
                rs.getString("root_task_id"),
                rs.getString("narrative_context"),
                rs.getString("workspace_type"),
                rs.getString("document_sha256"),
                rs.getInt("task_count"),
                rs.getInt("leaf_count"),
                rs.getInt("objective_count"),
                rs.getTimestamp("created_at").toInstant());
    }

    private static Task mapTask(ResultSet rs, StatementContext ctx) throws SQLException {
        Array path = rs.getArray("sort_path");
        Integer[] boxed = (Integer[]) path.getArray();
        int[] sortPath = new int[boxed.length];
        for (int i = 0; i < boxed.length; i++) sortPath[i] = boxed[i];
        String guidance = rs.getString("tutor_guidance");
        NodeFields fields = new NodeFields(
                rs.getString("title"),
                rs.getString("description"),
                rs.getString("content"),
                rs.getString("acceptance_criteria"),
                (Integer) rs.getObject("priority", Integer.class),
                rs.getObject("estimated_minutes", Integer.class),
                rs.getString("subtask_type"),
                rs.getObject("requires_submission", Boolean.class),
                guidance == null ? null : (JsonNode) Json.parse(guidance),
                (ObjectNode) Json.parse(rs.getString("extra")));
        return new Task(
                rs.getString("id"),
                rs.getLong("project_pk"),
                rs.getString("parent_id"),
                TaskType.fromDb(rs.getString("task_type")),
                sortPath,
                fields);
    }
}
