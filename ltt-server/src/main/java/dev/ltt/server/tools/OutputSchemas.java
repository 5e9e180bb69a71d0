package dev.ltt.server.tools;

import static dev.ltt.server.tools.Schemas.any;
import static dev.ltt.server.tools.Schemas.arrayOf;
import static dev.ltt.server.tools.Schemas.bool;
import static dev.ltt.server.tools.Schemas.integer;
import static dev.ltt.server.tools.Schemas.nullableInteger;
import static dev.ltt.server.tools.Schemas.nullableString;
import static dev.ltt.server.tools.Schemas.number;
import static dev.ltt.server.tools.Schemas.object;
import static dev.ltt.server.tools.Schemas.orNull;
import static dev.ltt.server.tools.Schemas.required;
import static dev.ltt.server.tools.Schemas.string;

import com.fasterxml.jackson.databind.node.ObjectNode;

/**
 * The shapes the tools return (the use-cases' records in snake_case JSON), as JSON Schemas. They name every
 * field and its type but allow more fields, so the records can grow without breaking a client.
 */
final class OutputSchemas {
    private static final String STATUS = "open, in_progress, blocked or closed (for this learner)";

    private OutputSchemas() {}

    static ObjectNode projects() {
        ObjectNode project = object(
                null,
                required("project_id", "version", "title", "task_count", "leaf_count"),
                "project_id",
                string("The slug to pass as project_id to other tools."),
                "version",
                integer("The curriculum version."),
                "title",
                string(null),
                "task_count",
                integer("Every node, the project itself included."),
                "leaf_count",
                integer("Tasks that take work (what progress counts)."),
                "objective_count",
                integer("Learning objectives in the curriculum."));
        return object(null, required("projects"), "projects", arrayOf("Latest version of each project.", project));
    }

    static ObjectNode readyTask() {
        return object(
                null,
                required("id", "title", "task_type", "status", "priority"),
                "id",
                string("The task id to pass to other tools."),
                "title",
                string(null),
                "task_type",
                string("project, epic, task or subtask"),
                "status",
                string("open or in_progress"),
                "priority",
                integer("0 is the most urgent"),
                "parent_id",
                nullableString(null));
    }

    static ObjectNode readyList() {
        return object(
                null,
                required("tasks", "total_ready"),
                "tasks",
                arrayOf("The first `limit` ready tasks, in the order to take them.", readyTask()),
                "total_ready",
                integer("How many tasks are ready in all."));
    }

    static ObjectNode taskStatus() {
        return object(
                null,
                required("task_id", "status"),
                "task_id",
                string(null),
                "status",
                string("The task's status afterwards: " + STATUS),
                "auto_closed",
                arrayOf("Parent tasks that closed with it.", string(null)),
                "reopened",
                arrayOf("Closed parent tasks that went back to in_progress.", string(null)),
                "ready_tasks",
                arrayOf("What is ready next (up to 5).", readyTask()));
    }

    /** start_task: the status change, and the task's context to begin with. */
    static ObjectNode started() {
        ObjectNode schema = taskStatus();
        ((ObjectNode) schema.get("properties")).set("context", context());
        schema.withArray("required").add("context");
        return schema;
    }

    static ObjectNode submission() {
        ObjectNode validation = object(
                "The automatic check of this submission.",
                required("passed", "grade"),
                "passed",
                bool("True when the task is done."),
                "grade",
                number("0 to 1."),
                "feedback",
                nullableString("What to fix, or why it passed."),
                "validator",
                nullableString("Which check ran (non_empty, python_output, ...)."));
        return object(
                null,
                required("submission_id", "attempt_number", "validation", "status"),
                "submission_id",
                integer(null),
                "attempt_number",
                integer("1 for the first submission on this task, then 2, 3..."),
                "validation",
                validation,
                "status",
                string("The task's status afterwards: closed when the submission passed."),
                "auto_closed",
                arrayOf("Parent tasks that closed with it.", string(null)),
                "ready_tasks",
                arrayOf("What is ready next (up to 5).", readyTask()));
    }

    static ObjectNode taskDetail() {
        ObjectNode objective = object(
                null,
                required("level", "description"),
                "level",
                string("Bloom level: remember, understand, apply, analyze, evaluate, create"),
                "description",
                string(null));
        ObjectNode dependency = object(
                null,
                required("id", "type"),
                "id",
                string(null),
                "title",
                nullableString(null),
                "type",
                string("blocks or related"));
        ObjectNode latest = object(
                "The check of the learner's latest submission.",
                required("passed"),
                "attempt_number",
                integer(null),
                "passed",
                bool(null),
                "grade",
                number(null),
                "feedback",
                nullableString(null),
                "validator",
                nullableString(null));
        return object(
                null,
                required("id", "project_id", "title", "task_type", "status", "requires_submission"),
                "id",
                string(null),
                "project_id",
                string(null),
                "version",
                integer(null),
                "parent_id",
                nullableString(null),
                "task_type",
                string("project, epic, task or subtask"),
                "title",
                string(null),
                "description",
                nullableString(null),
                "content",
                nullableString("The lesson text, Markdown."),
                "acceptance_criteria",
                nullableString(null),
                "priority",
                integer(null),
                "estimated_minutes",
                nullableInteger(null),
                "subtask_type",
                nullableString("e.g. exercise or conversational"),
                "requires_submission",
                bool("False: close it with complete_task; true: it closes through submit."),
                "tutor_guidance",
                any("How a tutor should guide this task, when the curriculum says."),
                "learning_objectives",
                arrayOf(null, objective),
                "dependencies",
                arrayOf("Prerequisites (blocks) and related tasks.", dependency),
                "children",
                arrayOf("Ids of its subtasks.", string(null)),
                "extra",
                any("Further template data, e.g. validation: what the automatic check expects."),
                "status",
                string(STATUS),
                "blocked_by",
                arrayOf("Prerequisites not closed yet.", string(null)),
                "blocked_reason",
                nullableString(null),
                "attempts",
                integer("Submissions so far."),
                "latest_validation",
                orNull(latest),
                "blocks",
                arrayOf("Tasks that wait on this one (close it to unblock them).", dependency),
                "started_at",
                nullableString("When the learner started it (ISO-8601), null when not yet."),
                "completed_at",
                nullableString("When the learner closed it, null while it is not closed."));
    }

    static ObjectNode comment() {
        return object(
                null,
                required("id", "task_id", "text", "visibility"),
                "id",
                integer(null),
                "task_id",
                string(null),
                "author",
                nullableString(null),
                "text",
                string(null),
                "visibility",
                string("shared (an instructor's, for every learner) or private (this learner's)"),
                "created_at",
                string("ISO-8601 time"));
    }

    static ObjectNode comments() {
        return object(null, required("comments"), "comments", arrayOf("Newest first.", comment()));
    }

    static ObjectNode helpRequest() {
        return object(
                null,
                required("id", "task_id", "message", "status"),
                "id",
                integer(null),
                "learner_id",
                string(null),
                "task_id",
                string(null),
                "message",
                string(null),
                "status",
                string("open until an instructor resolves it, then resolved"),
                "answer",
                nullableString(null),
                "resolved_by",
                nullableString(null),
                "created_at",
                string(null),
                "resolved_at",
                nullableString(null),
                "submission_id",
                nullableInteger("The submission the request is about, if it names one."));
    }

    static ObjectNode progress() {
        ObjectNode epic = object(
                null,
                required("id", "title", "completed", "total"),
                "id",
                string(null),
                "title",
                string(null),
                "status",
                string(STATUS),
                "completed",
                integer(null),
                "total",
                integer(null),
                "percentage",
                number(null),
                "in_progress",
                integer(null),
                "blocked",
                integer(null));
        ObjectNode objectives = object(
                "Learning objectives achieved (all leaves under them closed).",
                required("achieved", "total"),
                "achieved",
                integer(null),
                "total",
                integer(null),
                "by_level",
                any("Per Bloom level: {achieved, total}."));
        return object(
                null,
                required("project_id", "completed", "total", "percentage"),
                "project_id",
                string(null),
                "version",
                integer(null),
                "completed",
                integer("Leaf tasks closed."),
                "total",
                integer("Leaf tasks in the project; the project is finished when completed == total."),
                "percentage",
                number("0 to 100."),
                "in_progress",
                integer(null),
                "blocked",
                integer(null),
                "epics",
                arrayOf(null, epic),
                "objectives",
                objectives);
    }

    static ObjectNode context() {
        ObjectNode project = object(
                null,
                required("project_id", "title"),
                "project_id",
                string(null),
                "version",
                integer(null),
                "title",
                string(null),
                "description",
                nullableString(null),
                "narrative_context",
                nullableString(null),
                "workspace_type",
                nullableString(null),
                "tutor_guidance",
                any(null));
        ObjectNode level = object(
                null,
                required("id", "title"),
                "id",
                string(null),
                "task_type",
                string(null),
                "title",
                string(null),
                "description",
                nullableString(null),
                "status",
                string(STATUS),
                "latest_note",
                nullableString("The latest progress note on that level."));
        ObjectNode attempt = object(
                null,
                required("attempt_number"),
                "attempt_number",
                integer(null),
                "submitted_at",
                nullableString(null),
                "passed",
                orNull(bool(null)),
                "grade",
                orNull(number(null)),
                "feedback",
                nullableString(null));
        return object(
                null,
                required("project", "ancestry", "task"),
                "project",
                project,
                "ancestry",
                arrayOf("From the project down to the task's parent.", level),
                "task",
                taskDetail(),
                "recent_attempts",
                arrayOf("Newest first.", attempt),
                "notes",
                arrayOf("Progress notes on this task.", any(null)),
                "project_notes",
                arrayOf("Latest progress notes across the project.", any(null)),
                "comments",
                arrayOf(null, comment()),
                "open_help_requests",
                arrayOf(null, helpRequest()),
                "next_ready",
                arrayOf(null, readyTask()),
                "memory",
                MemorySchemas.memory());
    }

    /** What an error result carries: the code, the message, and the details that help to act on it. */
    static ObjectNode error() {
        ObjectNode fieldError =
                object(null, required("path", "message"), "path", string(null), "message", string(null));
        return object(
                null,
                required("code", "message"),
                "code",
                string("NOT_FOUND, INVALID_INPUT, INVALID_STATE, BLOCKED, CONFLICT, FORBIDDEN or INTERNAL"),
                "message",
                string("What went wrong and what to do instead."),
                "errors",
                arrayOf("For INVALID_INPUT: each bad argument.", fieldError),
                "blocked_by",
                arrayOf("For BLOCKED: the prerequisites to close first.", string(null)));
    }
}
