package dev.ltt.curriculum;

import com.fasterxml.jackson.databind.JsonNode;
import dev.ltt.error.InvalidInputException;
import dev.ltt.error.NotFoundException;
import dev.ltt.template.NodeFields;
import dev.ltt.template.ProjectVersion;
import dev.ltt.template.SnapshotCache;
import dev.ltt.template.Task;
import dev.ltt.template.TemplateEditStore;
import dev.ltt.template.TemplateStore;
import dev.ltt.template.TextEdit;
import java.util.List;
import java.util.Map;
import org.jdbi.v3.core.Handle;
import org.jdbi.v3.core.Jdbi;

/**
 * Edits the text of a template node in place (an admin's fix of a typo, a clearer description): every learner
 * sees it at once, and nothing in the instance layer is written. A new title must differ from every other
 * title of the project version, because export names dependencies by title. Edits of one project run one
 * after another; the version's cached snapshot is evicted once the edit is committed.
 */
public final class EditTask {
    private final Jdbi jdbi;
    private final TemplateStore templates;
    private final TemplateEditStore edits;
    private final SnapshotCache snapshots;

    public EditTask(Jdbi jdbi, TemplateStore templates, TemplateEditStore edits, SnapshotCache snapshots) {
        this.jdbi = jdbi;
        this.templates = templates;
        this.edits = edits;
        this.snapshots = snapshots;
    }

    /** Applies {@code patch} (a JSON merge patch of {@link TextEdit#FIELDS}) to the task and returns its new text. */
    public EditedTask edit(String taskId, JsonNode patch) {
        TextEdit edit = TextEdit.of(patch);
        Done done = jdbi.inTransaction(h -> {
            ProjectVersion project = projectOf(h, taskId);
            templates.lockSlug(h, project.slug());
            Task task = templates.task(h, taskId).orElseThrow(() -> noTask(taskId));
            edit.title().ifPresent(title -> requireUniqueTitle(h, project.pk(), taskId, title));
            NodeFields fields = edit.applyTo(task.fields());
            edits.updateText(h, taskId, fields);
            if (task.isRoot()) edits.updateProjectTitle(h, project.pk(), fields.title());
            SnapshotCache.announce(h, project.pk()); // every other server evicts it when this commits
            return new Done(
                    project.pk(),
                    new EditedTask(
                            taskId,
                            project.slug(),
                            project.version(),
                            task.parentId(),
                            task.type().dbName(),
                            fields.title(),
                            fields.description(),
                            fields.content(),
                            fields.acceptanceCriteria(),
                            fields.tutorGuidance(),
                            List.copyOf(edit.fields())));
        });
        snapshots.evict(done.projectPk());
        return done.task();
    }

    /** What the transaction hands back: the edited task, and whose snapshot to evict once it has committed. */
    private record Done(long projectPk, EditedTask task) {}

    private ProjectVersion projectOf(Handle h, String taskId) {
        return templates
                .projectOfTask(h, taskId)
                .flatMap(pk -> templates.projectByPk(h, pk))
                .orElseThrow(() -> noTask(taskId));
    }

    private void requireUniqueTitle(Handle h, long projectPk, String taskId, String title) {
        String wanted = title.strip();
        for (Map.Entry<String, String> other : edits.titles(h, projectPk).entrySet()) {
            if (!other.getKey().equals(taskId) && other.getValue().strip().equals(wanted)) {
                throw new InvalidInputException(
                        TextEdit.TITLE,
                        "task " + other.getKey() + " of this project version "
                                + "is already titled \"" + wanted
                                + "\": export names dependencies by title, so choose a "
                                + "title no other task has");
            }
        }
    }

    private static NotFoundException noTask(String taskId) {
        return new NotFoundException("no task " + taskId + ": read the project's tree to see task ids");
    }
}
