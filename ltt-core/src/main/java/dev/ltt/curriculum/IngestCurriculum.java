package dev.ltt.curriculum;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.ltt.error.ConflictException;
import dev.ltt.error.InvalidInputException;
import dev.ltt.template.Curriculum;
import dev.ltt.template.CurriculumPlan;
import dev.ltt.template.CurriculumReader;
import dev.ltt.template.ProjectVersion;
import dev.ltt.template.SnapshotCache;
import dev.ltt.template.TaskIds;
import dev.ltt.template.TemplateStore;
import java.util.Optional;
import org.jdbi.v3.core.Handle;
import org.jdbi.v3.core.Jdbi;

/**
 * Ingests a curriculum document: checks it completely, then stores the whole tree in one transaction, or
 * nothing. The same document under the same (slug, version) is recognised and returned as it is; a different
 * one is a conflict.
 */
public final class IngestCurriculum {
    private final Jdbi jdbi;
    private final TemplateStore store;
    private final CurriculumReader reader = new CurriculumReader();

    public IngestCurriculum(Jdbi jdbi, TemplateStore store) {
        this.jdbi = jdbi;
        this.store = store;
    }

    public IngestResult ingest(byte[] document, boolean dryRun) {
        return ingest(reader.read(document), dryRun);
    }

    /** As {@link #ingest(byte[], boolean)}, for a document a door has already parsed (and found well-formed). */
    public IngestResult ingest(JsonNode document, boolean dryRun) {
        if (!(document instanceof ObjectNode object)) {
            throw new InvalidInputException("$", "a curriculum is a JSON object with a \"title\" and \"epics\"");
        }
        return ingest(reader.read(object), dryRun);
    }

    private IngestResult ingest(Curriculum curriculum, boolean dryRun) {
        return jdbi.inTransaction(h -> {
            store.lockSlug(h, curriculum.slug());
            Optional<ProjectVersion> existing = store.findProject(h, curriculum.slug(), curriculum.version());
            if (existing.isPresent()) return sameOrConflict(existing.get(), curriculum, dryRun);
            CurriculumPlan plan = CurriculumPlan.of(curriculum, 0);
            if (dryRun) return result(curriculum, plan, false, true);
            return store(h, curriculum);
        });
    }

    private IngestResult store(Handle h, Curriculum curriculum) {
        String rootId = TaskIds.root(curriculum.slug(), curriculum.version());
        long pk = store.insertProject(h, curriculum, curriculum.root().fields().title(), rootId);
        CurriculumPlan plan = CurriculumPlan.of(curriculum, pk);
        store.insertTasks(h, plan.tasks());
        store.insertObjectives(h, plan.objectives());
        store.insertDependencies(h, plan.dependencies());
        SnapshotCache.announce(
                h, pk); // a new version: nothing is cached under its key yet, but every server hears of it
        return result(curriculum, plan, true, false);
    }

    private static IngestResult sameOrConflict(ProjectVersion existing, Curriculum curriculum, boolean dryRun) {
        if (!existing.documentSha256().equals(curriculum.sha256())) {
            throw new ConflictException("project " + curriculum.slug() + " version " + curriculum.version()
                    + " already exists with different content: raise \"version\" to publish a new version");
        }
        return new IngestResult(
                existing.slug(),
                existing.version(),
                existing.title(),
                existing.taskCount(),
                existing.leafCount(),
                existing.objectiveCount(),
                curriculum.warnings(),
                false,
                dryRun);
    }

    private static IngestResult result(Curriculum c, CurriculumPlan plan, boolean created, boolean dryRun) {
        return new IngestResult(
                c.slug(),
                c.version(),
                c.root().fields().title(),
                plan.tasks().size(),
                plan.leafCount(),
                plan.objectives().size(),
                c.warnings(),
                created,
                dryRun);
    }
}
