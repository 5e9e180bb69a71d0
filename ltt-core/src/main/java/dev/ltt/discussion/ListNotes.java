package dev.ltt.discussion;

import dev.ltt.instance.NoteStore;
import dev.ltt.usecase.Guards;
import dev.ltt.usecase.ProjectAccess;
import java.util.List;
import org.jdbi.v3.core.Jdbi;

/**
 * A learner's progress notes: every version for one task, or the latest note of each task in a project (what
 * the agent context shows). Latest first; writes nothing.
 */
public final class ListNotes {
    public static final int MAX_LIMIT = 200;
    private final Jdbi jdbi;
    private final ProjectAccess access;
    private final NoteStore notes;

    public ListNotes(Jdbi jdbi, ProjectAccess access, NoteStore notes) {
        this.jdbi = jdbi;
        this.access = access;
        this.notes = notes;
    }

    /** The task's notes, highest version first. */
    public List<Note> list(String learnerId, String taskId, int limit) {
        Guards.limit(limit, MAX_LIMIT);
        return jdbi.inTransaction(h -> {
            access.readTask(h, learnerId, taskId);
            return notes.forTask(h, learnerId, taskId, limit).stream()
                    .map(Note::of)
                    .toList();
        });
    }

    /** The latest note of each task in the learner's version of project {@code slug}, most recent first. */
    public List<Note> latestNotes(String learnerId, String slug, int limit) {
        Guards.limit(limit, MAX_LIMIT);
        return jdbi.inTransaction(h -> {
            long projectPk = access.snapshot(h, learnerId, slug).project().pk();
            return notes.latestPerTask(h, learnerId, projectPk, limit).stream()
                    .map(Note::of)
                    .toList();
        });
    }
}
