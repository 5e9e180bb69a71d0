package dev.ltt.discussion;

import dev.ltt.instance.NoteStore;
import dev.ltt.usecase.Guards;
import dev.ltt.usecase.LearnerWrites;

/**
 * The agent writes a progress note (status summary) on a learner's task: the next version of that
 * (learner, task) note, numbered under the learner's lock so concurrent writers get gapless versions.
 */
public final class WriteNote {
    public static final int MAX_TEXT = 20_000;
    private final LearnerWrites writes;
    private final NoteStore notes;

    public WriteNote(LearnerWrites writes, NoteStore notes) {
        this.writes = writes;
        this.notes = notes;
    }

    public Note write(String learnerId, String taskId, String text, String actor) {
        Guards.text("text", text, MAX_TEXT);
        return writes.onTask(
                learnerId, taskId, actor, u -> Note.of(notes.append(u.handle(), learnerId, taskId, text, actor)));
    }
}
