package dev.ltt.template;

import dev.ltt.db.Invalidations;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicLong;
import org.jdbi.v3.core.Handle;

/**
 * Keeps each project version's {@link ProjectSnapshot} in memory once loaded: the structure of a version
 * never changes, so a learner's ready work needs only that learner's progress rows from the database.
 * Template text edits call {@link #evict} so the next read sees them, and send the {@value #TOPIC} notice in
 * their transaction so that every other server evicts it too. Nothing is kept while the invalidation
 * listener is down. Thread-safe.
 */
public final class SnapshotCache implements Invalidations.Cache {
    /** The notice topic: {@code project:<pk>} names a project version whose template changed. */
    public static final String TOPIC = "project";

    private final TemplateStore store;
    private final Map<Long, ProjectSnapshot> byProject = new ConcurrentHashMap<>();
    private final Map<String, Long> projectOfTask = new ConcurrentHashMap<>();
    /** Counts evictions, so a snapshot loaded while an edit committed is not kept in place of the edit. */
    private final AtomicLong evictions = new AtomicLong();

    private final Invalidations invalidations;

    public SnapshotCache(TemplateStore store, Invalidations invalidations) {
        this.store = store;
        this.invalidations = invalidations;
        invalidations.subscribe(TOPIC, this);
    }

    public ProjectSnapshot get(Handle h, long projectPk) {
        ProjectSnapshot cached = byProject.get(projectPk);
        if (cached != null) return cached;
        long before = evictions.get();
        ProjectSnapshot loaded = load(h, projectPk);
        if (!invalidations.live()) return loaded;
        ProjectSnapshot kept = byProject.putIfAbsent(projectPk, loaded);
        if (evictions.get() != before) byProject.remove(projectPk, loaded); // it may predate an edit's commit
        return kept != null ? kept : loaded;
    }

    /** The project version a task belongs to, from memory when known; null when there is no such task. */
    public Long projectOf(Handle h, String taskId) {
        Long pk = projectOfTask.get(taskId);
        if (pk != null) return pk;
        long before = evictions.get();
        pk = store.projectOfTask(h, taskId).orElse(null);
        if (pk != null && invalidations.live()) {
            projectOfTask.put(taskId, pk);
            if (evictions.get() != before) projectOfTask.remove(taskId, pk);
        }
        return pk;
    }

    /** A task's node from memory only: empty unless its version is cached (nothing is read). */
    public Optional<ProjectSnapshot.Node> cachedNode(String taskId) {
        Long pk = projectOfTask.get(taskId);
        ProjectSnapshot snapshot = pk == null ? null : byProject.get(pk);
        return snapshot == null ? Optional.empty() : snapshot.node(taskId);
    }

    public void evict(long projectPk) {
        evictions.incrementAndGet();
        byProject.remove(projectPk);
    }

    /** Tells every server (this one included, on commit) that {@code projectPk}'s template changed. */
    public static void announce(Handle h, long projectPk) {
        Invalidations.send(h, TOPIC, Long.toString(projectPk));
    }

    @Override
    public void invalidate(String key) {
        try {
            evict(Long.parseLong(key));
        } catch (NumberFormatException e) {
            invalidateAll(); // a key this version does not understand: safe, not sorry
        }
    }

    /** Drops every snapshot and every task's project: notices may have been missed. */
    @Override
    public void invalidateAll() {
        evictions.incrementAndGet();
        byProject.clear();
        projectOfTask.clear();
    }

    private ProjectSnapshot load(Handle h, long projectPk) {
        ProjectVersion project = store.projectByPk(h, projectPk)
                .orElseThrow(() -> new IllegalStateException("project " + projectPk + " vanished"));
        return new ProjectSnapshot(
                project, store.tasks(h, projectPk), store.dependencies(h, projectPk), store.objectives(h, projectPk));
    }
}
