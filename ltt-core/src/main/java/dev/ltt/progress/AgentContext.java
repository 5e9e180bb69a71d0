package dev.ltt.progress;

import com.fasterxml.jackson.databind.JsonNode;
import dev.ltt.discussion.Comment;
import dev.ltt.discussion.HelpRequest;
import dev.ltt.discussion.Note;
import dev.ltt.memory.LearnerMemory;
import java.time.Instant;
import java.util.List;

/**
 * Everything a tutoring agent needs about one task for one learner, in one call (behaviour.md section 8):
 * the project's narrative and tutor configuration, the ancestry with each level's description, the task
 * itself with the learner's status, recent attempts and feedback, notes, comments, open help requests,
 * what blocks it and what is ready next; and what is remembered about the learner (the profile and the latest
 * observations, global and about this project).
 */
public record AgentContext(
        ProjectInfo project,
        List<Level> ancestry,
        TaskDetail task,
        List<Attempt> recentAttempts,
        List<Note> notes,
        List<Note> projectNotes,
        List<Comment> comments,
        List<HelpRequest> openHelpRequests,
        List<ReadyTask> nextReady,
        LearnerMemory memory) {

    /** The project as the agent introduces it. */
    public record ProjectInfo(
            String projectId,
            int version,
            String title,
            String description,
            String narrativeContext,
            String workspaceType,
            JsonNode tutorGuidance) {}

    /** One level above the task (project, epic, task...), nearest last. */
    public record Level(
            String id, String taskType, String title, String description, String status, String latestNote) {}

    /** One of the learner's recent submissions and its latest validation ({@code validator} instructor_review for a review). */
    public record Attempt(
            int attemptNumber, Instant submittedAt, Boolean passed, Double grade, String feedback, String validator) {}
}
