package dev.ltt.usecase;

import dev.ltt.instance.LearnerState;
import dev.ltt.instance.NoteStore;
import org.jdbi.v3.core.Handle;

import java.util.List;

/**
 * Writes the short progress note LTT generates when a learner closes a task by a passing submission or an
 * explicit complete, and on every container that closes with it, as author {@code ltt}. Called inside those
 * use-cases' transactions, under the learner's lock, so the note's version is gapless like any other. Stateless; thread-safe.
 */
public final class ClosingNotes {
    public static final int MAX_FEEDBACK = 300;
    private final NoteStore notes;

    public ClosingNotes(NoteStore notes) {
        this.notes = notes;
    }

    public void passed(Handle h, String learnerId, String taskId, int attempt, double grade, String feedback) {
        String line = firstLine(feedback);
        String text = "Closed on attempt " + attempt + " (grade " + Math.round(grade * 1000) / 1000.0 + ")"
                + (line.isEmpty() ? "" : ": " + line);
        notes.append(h, learnerId, taskId, text, LearnerState.SYSTEM);
    }

    public void completed(Handle h, String learnerId, String taskId, String reason) {
        String text = reason == null ? "Completed." : "Completed: " + reason;
        notes.append(h, learnerId, taskId, text, LearnerState.SYSTEM);
    }

    /** A note on each container that closed by itself with {@code child} (behaviour section 7: notes on close). */
    public void closedWith(Handle h, String learnerId, List<String> containers, String child) {
        for (String container : containers) {
            notes.append(h, learnerId, container, "Closed by itself: its last open part, " + child + ", closed.",
                    LearnerState.SYSTEM);
        }
    }

    public static String firstLine(String text) {
        String line = text == null ? "" : text.strip().lines().findFirst().orElse("").strip();
        return line.length() <= MAX_FEEDBACK ? line : line.substring(0, MAX_FEEDBACK - 3) + "...";
    }
}
