package dev.ltt.usecase;

import dev.ltt.instance.LearnerState;
import dev.ltt.instance.NoteStore;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Writes the short progress note LTT generates when a learner closes a task by a passing submission or an
 * explicit complete, and on every container that closes with it, as author {@code ltt}. Called inside those
 * use-cases' transactions, under the learner's lock, so the note's version is gapless like any other; the notes
 * are sent with the unit's state changes ({@link LearnerState#trip}). Stateless; thread-safe.
 */
public final class ClosingNotes {
    public static final int MAX_FEEDBACK = 300;
    private final NoteStore notes;

    public ClosingNotes(NoteStore notes) {
        this.notes = notes;
    }

    /**
     * The note on a leaf closed by a passing submission, and one on each container that closed by itself with it
     * (behaviour section 7: notes on close), in one statement sent with the state changes.
     */
    public void passed(
            LearnerState state,
            String learnerId,
            String taskId,
            int attempt,
            double grade,
            String feedback,
            List<String> closedWith) {
        String line = firstLine(feedback);
        String text = "Closed on attempt " + attempt + " (grade " + Math.round(grade * 1000) / 1000.0 + ")"
                + (line.isEmpty() ? "" : ": " + line);
        write(state, learnerId, taskId, text, closedWith);
    }

    /** The note on a task completed explicitly, and on each container that closed by itself with it. */
    public void completed(LearnerState state, String learnerId, String taskId, String reason, List<String> closedWith) {
        write(state, learnerId, taskId, reason == null ? "Completed." : "Completed: " + reason, closedWith);
    }

    private void write(LearnerState state, String learnerId, String taskId, String text, List<String> closedWith) {
        Map<String, String> notesByTask = new LinkedHashMap<>();
        notesByTask.put(taskId, text);
        for (String container : closedWith) {
            notesByTask.put(container, "Closed by itself: its last open part, " + taskId + ", closed.");
        }
        notes.appendEach(state.trip(), learnerId, notesByTask, LearnerState.SYSTEM);
    }

    public static String firstLine(String text) {
        String line =
                text == null ? "" : text.strip().lines().findFirst().orElse("").strip();
        return line.length() <= MAX_FEEDBACK ? line : line.substring(0, MAX_FEEDBACK - 3) + "...";
    }
}
