package dev.ltt.discussion;

import dev.ltt.usecase.Guards;
import dev.ltt.usecase.ProjectAccess;
import dev.ltt.instance.NoteStore;
import org.jdbi.v3.core.Jdbi;

/**
 * The agent writes a progress note (status summary) on a learner's task: the next version of that
 * (learner, task) note, numbered under the learner's lock so concurrent writers get gapless versions.
 */
public final class WriteNote {
    public static final int MAX_TEXT = 20_000;
    private final Jdbi jdbi;
    private final ProjectAccess access;
    private final NoteStore notes;

    public WriteNote(Jdbi jdbi, ProjectAccess access, NoteStore notes) {
        this.jdbi = jdbi;
        this.access = access;
        this.notes = notes;
    }

    public Note write(String learnerId, String taskId, String text, String actor) {
        Guards.actor(actor);
        Guards.text("text", text, MAX_TEXT);
        return jdbi.inTransaction(h -> {
            access.writeTask(h, learnerId, taskId);
            return Note.of(notes.append(h, learnerId, taskId, text, actor));
        });
    }
}
