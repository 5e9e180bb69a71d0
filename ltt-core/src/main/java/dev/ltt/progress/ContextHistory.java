package dev.ltt.progress;

import dev.ltt.instance.HelpRequest;
import dev.ltt.instance.Note;
import dev.ltt.instance.StoredComment;
import dev.ltt.instance.StoredSubmission;
import dev.ltt.memory.Observation;
import dev.ltt.memory.Profile;
import dev.ltt.template.SharedComment;
import java.util.List;

/**
 * What an agent context shows of one learner's history on a task, as {@link ContextStore} read it in one
 * statement: each part the records, order and limit of the store that reads it alone. {@code profile} is
 * {@link Profile#EMPTY} when none was written.
 */
record ContextHistory(
        List<StoredSubmission> recent,
        List<Note> taskNotes,
        List<Note> projectNotes,
        List<HelpRequest> openHelp,
        List<SharedComment> sharedComments,
        List<StoredComment> ownComments,
        Profile profile,
        List<Observation> observations) {}
