package dev.ltt.template;

import dev.ltt.json.Json;
import java.util.Map;
import java.util.stream.Collectors;
import org.jdbi.v3.core.Handle;

/**
 * SQL for editing a stored template in place: the text of a node and the project's title. Structure never
 * changes here. Callers evict the {@link SnapshotCache} entry of the version after their transaction commits.
 */
public final class TemplateEditStore {

    /** Every node's title in the version, by task id: what a new title must not repeat. */
    public Map<String, String> titles(Handle h, long projectPk) {
        return h.createQuery("SELECT id, title FROM tasks WHERE project_pk = :pk")
                .bind("pk", projectPk)
                .map((rs, ctx) -> Map.entry(rs.getString(1), rs.getString(2)))
                .collect(Collectors.toMap(Map.Entry::getKey, Map.Entry::getValue));
    }

    /** Writes the text fields of one node. */
    public void updateText(Handle h, String taskId, NodeFields f) {
        h.createUpdate("""
                        UPDATE tasks SET title = :title, description = :description, content = :content,
                                         acceptance_criteria = :acceptanceCriteria,
                                         tutor_guidance = CAST(:tutorGuidance AS jsonb)
                        WHERE id = :id
                        """)
                .bind("id", taskId)
                .bind("title", f.title())
                .bind("description", f.description())
                .bind("content", f.content())
                .bind("acceptanceCriteria", f.acceptanceCriteria())
                .bind("tutorGuidance", f.tutorGuidance() == null ? null : Json.write(f.tutorGuidance()))
                .execute();
    }

    /** The project's own title follows its root node's, so listings and trees show the edit too. */
    public void updateProjectTitle(Handle h, long projectPk, String title) {
        h.createUpdate("UPDATE projects SET title = :title WHERE pk = :pk")
                .bind("pk", projectPk)
                .bind("title", title)
                .execute();
    }
}
