package dev.ltt.template;

import org.jdbi.v3.core.Handle;

import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicLong;

/**
 * Keeps each project version's {@link ProjectSnapshot} in memory once loaded: the structure of a version
 * never changes, so a learner's ready work needs only that learner's progress rows from the database.
 * Template text edits call {@link #evict} so the next read sees them. Thread-safe.
 */
public final class SnapshotCache {
    private final TemplateStore store;
    private final Map<Long, ProjectSnapshot> byProject = new ConcurrentHashMap<>();
    private final Map<String, Long> projectOfTask = new ConcurrentHashMap<>();
    /** Counts evictions, so a snapshot loaded while an edit committed is not kept in place of the edit. */
    private final AtomicLong evictions = new AtomicLong();

    public SnapshotCache(TemplateStore store) {
        this.store = store;
    }

    public ProjectSnapshot get(Handle h, long projectPk) {
        ProjectSnapshot cached = byProject.get(projectPk);
        if (cached != null) return cached;
        long before = evictions.get();
        ProjectSnapshot loaded = load(h, projectPk);
        ProjectSnapshot kept = byProject.putIfAbsent(projectPk, loaded);
        if (evictions.get() != before) byProject.remove(projectPk, loaded);  // it may predate an edit's commit
        return kept != null ? kept : loaded;
    }

    /** The project version a task belongs to, from memory when known; null when there is no such task. */
    public Long projectOf(Handle h, String taskId) {
        Long pk = projectOfTask.get(taskId);
        if (pk != null) return pk;
        pk = store.projectOfTask(h, taskId).orElse(null);
        if (pk != null) projectOfTask.put(taskId, pk);
        return pk;
    }

    public void evict(long projectPk) {
        evictions.incrementAndGet();
        byProject.remove(projectPk);
    }

    private ProjectSnapshot load(Handle h, long projectPk) {
        ProjectVersion project = store.projectByPk(h, projectPk)
                .orElseThrow(() -> new IllegalStateException("project " + projectPk + " vanished"));
        return new ProjectSnapshot(project, store.tasks(h, projectPk), store.dependencies(h, projectPk),
                store.objectives(h, projectPk));
    }
}
