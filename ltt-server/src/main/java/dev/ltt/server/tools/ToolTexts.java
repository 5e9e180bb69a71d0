package dev.ltt.server.tools;

import dev.ltt.curriculum.ProjectListing;
import dev.ltt.discussion.Comment;
import dev.ltt.discussion.HelpRequest;
import dev.ltt.memory.Profile;
import dev.ltt.memory.ProfileField;
import dev.ltt.progress.AgentContext;
import dev.ltt.progress.Progress;
import dev.ltt.progress.ReadyList;
import dev.ltt.progress.ReadyTask;
import dev.ltt.progress.TaskDetail;
import dev.ltt.work.StartTask;
import dev.ltt.work.SubmissionResult;
import dev.ltt.work.TaskStatus;
import java.util.List;
import java.util.Locale;

/**
 * The short text a model reads beside each tool's structured content: the gist in a few lines, with the ids
 * to use next. The structured content stays the complete answer.
 */
final class ToolTexts {
    private ToolTexts() {}

    static String projects(List<ProjectListing> projects) {
        if (projects.isEmpty()) return "No projects yet: an instructor must ingest a curriculum first.";
        StringBuilder text = new StringBuilder(projects.size() + (projects.size() == 1 ? " project:" : " projects:"));
        for (ProjectListing p : projects) {
            text.append("\n- ")
                    .append(p.projectId())
                    .append(" (v")
                    .append(p.version())
                    .append("): ")
                    .append(p.title())
                    .append(", ")
                    .append(p.leafCount())
                    .append(" tasks to do");
        }
        return text.toString();
    }

    static String ready(String slug, ReadyList ready) {
        if (ready.tasks().isEmpty()) {
            return "Nothing is ready in " + slug + ": everything is closed or waiting on prerequisites. "
                    + "Check get_progress.";
        }
        StringBuilder text =
                new StringBuilder(ready.tasks().size() + " of " + ready.totalReady() + " ready in " + slug + ":");
        readyLines(text, ready.tasks());
        return text.toString();
    }

    static String task(TaskDetail t) {
        StringBuilder text = new StringBuilder(t.id())
                .append(" [")
                .append(t.taskType())
                .append(", ")
                .append(t.status())
                .append("] ")
                .append(t.title());
        if (!t.blockedBy().isEmpty()) text.append("\nBlocked by: ").append(String.join(", ", t.blockedBy()));
        appendSection(text, "Description", t.description());
        appendSection(text, "Content", t.content());
        appendSection(text, "Acceptance criteria", t.acceptanceCriteria());
        if (!t.children().isEmpty()) text.append("\nSubtasks: ").append(String.join(", ", t.children()));
        text.append("\n")
                .append(
                        t.requiresSubmission()
                                ? "Closes through a passing submit."
                                : "Needs no submission: " + "close it with complete_task.");
        if (t.latestValidation() != null) {
            text.append(" Attempts: ")
                    .append(t.attempts())
                    .append("; last ")
                    .append(t.latestValidation().passed() ? "passed" : "failed");
            if (t.latestValidation().feedback() != null)
                text.append(": ").append(t.latestValidation().feedback());
        }
        return text.toString();
    }

    static String context(AgentContext c) {
        StringBuilder text = new StringBuilder("Project ")
                .append(c.project().projectId())
                .append(": ")
                .append(c.project().title());
        for (AgentContext.Level level : c.ancestry()) {
            text.append("\n> ")
                    .append(level.taskType())
                    .append(" ")
                    .append(level.title())
                    .append(" [")
                    .append(level.status())
                    .append("]");
        }
        text.append("\n\n").append(task(c.task()));
        if (!c.recentAttempts().isEmpty()) {
            AgentContext.Attempt last = c.recentAttempts().get(0);
            text.append("\nLatest attempt #")
                    .append(last.attemptNumber())
                    .append(": ")
                    .append(Boolean.TRUE.equals(last.passed()) ? "passed" : "not passed");
        }
        if (!c.openHelpRequests().isEmpty())
            text.append("\nOpen help requests: ").append(c.openHelpRequests().size());
        if (!c.comments().isEmpty())
            text.append("\nComments: ").append(c.comments().size()).append(" (get_comments)");
        if (!c.memory().profile().remembersNothing())
            text.append("\n\nAbout the learner: ").append(profile(c.memory().profile()));
        if (!c.memory().observations().isEmpty()) {
            text.append("\nRemembered:");
            c.memory().observations().forEach(o -> text.append("\n- ").append(o.text()));
        }
        return text.toString();
    }

    static String profile(Profile p) {
        if (p.remembersNothing()) return "(the profile is empty)";
        StringBuilder text = new StringBuilder();
        for (ProfileField f : ProfileField.values()) {
            String value = f.isList() ? (p.list(f).isEmpty() ? null : String.join(", ", p.list(f))) : p.text(f);
            if (value != null)
                text.append(text.length() == 0 ? "" : "; ")
                        .append(f.key())
                        .append(": ")
                        .append(value);
        }
        return text.toString();
    }

    static String started(StartTask.Started s) {
        return s.taskId() + " is now " + s.status() + ".\n\n" + context(s.context());
    }

    static String status(TaskStatus s) {
        StringBuilder text = new StringBuilder(s.taskId())
                .append(" is now ")
                .append(s.status())
                .append(".");
        if (!s.autoClosed().isEmpty())
            text.append(" Also closed: ")
                    .append(String.join(", ", s.autoClosed()))
                    .append(".");
        if (!s.reopened().isEmpty())
            text.append(" Back in progress: ")
                    .append(String.join(", ", s.reopened()))
                    .append(".");
        if (!s.readyTasks().isEmpty()) {
            text.append("\nReady next:");
            readyLines(text, s.readyTasks());
        }
        return text.toString();
    }

    static String submission(String taskId, SubmissionResult r) {
        StringBuilder text = new StringBuilder("Attempt ")
                .append(r.attemptNumber())
                .append(" on ")
                .append(taskId)
                .append(r.validation().passed() ? " passed" : " did not pass")
                .append(String.format(
                        Locale.ROOT,
                        " (grade %.2f); the task is %s.",
                        r.validation().grade(),
                        r.status()));
        if (r.validation().feedback() != null && !r.validation().feedback().isBlank()) {
            text.append("\nFeedback: ").append(r.validation().feedback());
        }
        if (!r.autoClosed().isEmpty()) text.append("\nAlso closed: ").append(String.join(", ", r.autoClosed()));
        if (!r.readyTasks().isEmpty()) {
            text.append("\nReady next:");
            readyLines(text, r.readyTasks());
        }
        return text.toString();
    }

    static String comment(Comment c) {
        return "Comment " + c.id() + " added to " + c.taskId() + " (" + c.visibility() + ").";
    }

    static String comments(String taskId, List<Comment> comments) {
        if (comments.isEmpty()) return "No comments on " + taskId + ".";
        StringBuilder text = new StringBuilder(comments.size() + " comments on " + taskId + ", newest first:");
        for (Comment c : comments) {
            text.append("\n- [")
                    .append(c.visibility())
                    .append(", ")
                    .append(c.author())
                    .append("] ")
                    .append(c.text());
        }
        return text.toString();
    }

    static String help(HelpRequest r) {
        return "Help request " + r.id() + " on " + r.taskId() + " is " + r.status()
                + ": it waits in the instructors' queue until one of them answers.";
    }

    static String progress(Progress p) {
        StringBuilder text = new StringBuilder(String.format(
                Locale.ROOT,
                "%s: %d of %d tasks done (%.0f%%), %d in " + "progress, %d blocked.",
                p.projectId(),
                p.completed(),
                p.total(),
                p.percentage(),
                p.inProgress(),
                p.blocked()));
        for (Progress.EpicProgress e : p.epics()) {
            text.append("\n- ")
                    .append(e.title())
                    .append(": ")
                    .append(e.completed())
                    .append("/")
                    .append(e.total());
        }
        text.append("\nObjectives achieved: ")
                .append(p.objectives().achieved())
                .append("/")
                .append(p.objectives().total());
        if (p.total() > 0 && p.completed() == p.total()) text.append("\nThe project is complete.");
        return text.toString();
    }

    private static void readyLines(StringBuilder text, List<ReadyTask> tasks) {
        for (ReadyTask t : tasks) {
            text.append("\n- ")
                    .append(t.id())
                    .append(" [")
                    .append(t.status())
                    .append("] ")
                    .append(t.title());
        }
    }

    private static void appendSection(StringBuilder text, String heading, String body) {
        if (body != null && !body.isBlank())
            text.append("\n\n").append(heading).append(":\n").append(body.strip());
    }
}
