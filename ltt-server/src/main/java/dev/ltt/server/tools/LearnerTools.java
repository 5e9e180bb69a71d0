package dev.ltt.server.tools;

import static dev.ltt.server.tools.Schemas.bool;
import static dev.ltt.server.tools.Schemas.input;
import static dev.ltt.server.tools.Schemas.integer;
import static dev.ltt.server.tools.Schemas.limit;
import static dev.ltt.server.tools.Schemas.projectId;
import static dev.ltt.server.tools.Schemas.required;
import static dev.ltt.server.tools.Schemas.string;
import static dev.ltt.server.tools.Schemas.taskId;
import static dev.ltt.server.tools.Schemas.text;

import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.ltt.Limits;
import dev.ltt.discussion.ListComments;
import dev.ltt.progress.ReadyList;
import dev.ltt.progress.ReadyWork;
import dev.ltt.server.tools.ToolCatalog.Rendered;
import dev.ltt.usecase.UseCases;
import dev.ltt.work.SubmissionResult;
import dev.ltt.work.SubmitWork;
import java.util.Map;

/**
 * The learner's task tools (memory tools are in {@link MemoryTools}): for each, the description a model reads, the schemas, and the one use-case it calls.
 * Descriptions say what the tool does, when to use it, and what comes back; the learner is never an argument.
 */
final class LearnerTools {
    static final int READY_DEFAULT = 5;
    static final int READY_MAX = 100;
    static final int COMMENTS_DEFAULT = 20;
    private static final String TASK =
            "The task's id, e.g. \"python-fundamentals@v1.1.1.1\", as get_ready or show_task gives it.";

    private final UseCases use;

    LearnerTools(UseCases use) {
        this.use = use;
    }

    void define(ToolCatalog catalog) {
        catalog.add(spec("list_projects", true, """
                List the curricula (projects) the learner can work on: for each, its project_id (the slug the other \
                tools take), version, title, and how many tasks it has (leaf_count counts the tasks that take work). \
                Call it first when you do not know the project_id.""", input(required()), OutputSchemas.projects()), (caller, args) -> {
            var projects = use.listProjects.list(false);
            return new Rendered(Map.of("projects", projects), ToolTexts.projects(projects));
        });
        catalog.add(
                spec(
                        "get_ready",
                        true,
                        """
                The learner's ready work in a project: tasks that are open or in progress and not waiting on \
                unfinished prerequisites, in the order to take them. By default only leaf tasks (the ones that take \
                work); containers: true adds the epics and tasks that group them; task_type (epic, task or subtask) \
                gives only ready nodes of that type, leaves and containers alike. Returns up to `limit` tasks \
                (default 5) with id, title, task_type, status, priority and parent_id, and total_ready. Next: \
                show_task or get_context on an id, then submit (or complete_task when it needs no submission).""",
                        input(
                                required("project_id"),
                                "project_id",
                                projectId(),
                                "limit",
                                limit("How many tasks to return.", READY_DEFAULT, READY_MAX),
                                "containers",
                                bool("Include epics and tasks that group subtasks (default false).")
                                        .put("default", false),
                                "task_type",
                                taskType()),
                        OutputSchemas.readyList()),
                (caller, args) -> {
                    String project = args.string("project_id");
                    ReadyList ready = use.readyWork.ready(
                            caller.learnerId(),
                            project,
                            args.integer("limit", READY_DEFAULT),
                            args.bool("containers", false),
                            args.string("task_type"));
                    return new Rendered(ready, ToolTexts.ready(project, ready));
                });
        catalog.add(
                spec(
                        "show_task",
                        true,
                        """
                One task in full with the learner's status on it: title, description, content (the lesson, \
                Markdown), acceptance_criteria, learning objectives, dependencies, children, extra (template data; \
                extra.validation says what the automatic check of a submission expects), status (open, \
                in_progress, blocked, closed), blocked_by, blocks (the tasks waiting on this one), started_at, \
                completed_at, attempts and latest_validation. Read it before helping with or submitting a task.""",
                        input(required("task_id"), "task_id", taskId(TASK)),
                        OutputSchemas.taskDetail()),
                (caller, args) -> {
                    var task = use.showTask.show(caller.learnerId(), args.string("task_id"));
                    return new Rendered(task, ToolTexts.task(task));
                });
        catalog.add(
                spec(
                        "get_context",
                        true,
                        """
                Everything a tutor needs about one task for this learner in one call: the project's narrative and \
                tutor guidance, the ancestry (project, epic, task) with each level's description, status and latest \
                progress note, the task itself (as show_task returns it), the recent attempts with feedback, notes, \
                comments, open help requests, and what is ready next. Use it when you start helping on a task or \
                come back to one.""",
                        input(required("task_id"), "task_id", taskId(TASK)),
                        OutputSchemas.context()),
                (caller, args) -> {
                    var context = use.getContext.context(caller.learnerId(), args.string("task_id"));
                    return new Rendered(context, ToolTexts.context(context));
                });
        catalog.add(
                spec(
                        "start_task",
                        false,
                        """
                Mark a task as started: open -> in_progress. Starting a task already in progress changes nothing; \
                submit starts a task by itself, so this is optional. Errors: BLOCKED while prerequisites are not \
                closed (blocked_by names them: finish those first), INVALID_STATE when the task is closed (go_back \
                reopens it). Returns the task's new status and its context (as get_context gives it), to begin \
                helping at once.""",
                        input(required("task_id"), "task_id", taskId(TASK)),
                        OutputSchemas.started()),
                (caller, args) -> {
                    var started =
                            use.startTask.startWithContext(caller.learnerId(), args.string("task_id"), caller.actor());
                    return new Rendered(started, ToolTexts.started(started));
                });
        catalog.add(
                spec(
                        "submit",
                        false,
                        """
                Hand in the learner's work on a leaf task and have it checked automatically. content is the \
                learner's answer, code or query as text; submission_type says what it is (text, code, sql...; \
                default text); result carries what running the work produced when the task's check needs it, e.g. \
                {"output": "<what the program printed>", "errors": ""} for python_output checks. Returns the \
                attempt_number, validation {passed, grade, feedback}, the task's status afterwards (closed when it \
                passed), auto_closed (parent tasks that closed with it) and ready_tasks (what is ready next). A \
                failed check is not an error: read the feedback, help the learner, and submit again. Errors: \
                BLOCKED (prerequisites open), INVALID_STATE (task closed, or a task with subtasks).""",
                        input(
                                required("task_id", "content"),
                                "task_id",
                                taskId(TASK),
                                "content",
                                string("The learner's work.").put("maxLength", Limits.CONTENT),
                                "submission_type",
                                string("What content is: text, code, sql... (default text).")
                                        .put("pattern", Limits.SUBMISSION_TYPE_PATTERN),
                                "result",
                                Schemas.object(
                                        "What running the work produced, for checks that need it, e.g. "
                                                + "{\"output\": \"...\", \"errors\": \"\"}.",
                                        required())),
                        OutputSchemas.submission()),
                (caller, args) -> {
                    String task = args.string("task_id");
                    SubmissionResult result = use.submitWork.submit(
                            caller.learnerId(),
                            task,
                            new SubmitWork.Command(
                                    args.string("content"), args.string("submission_type"), args.json("result")),
                            caller.actor());
                    return new Rendered(result, ToolTexts.submission(task, result));
                });
        catalog.add(
                spec(
                        "complete_task",
                        false,
                        """
                Close a task that needs no submission: a conversational subtask or a leaf with requires_submission \
                false (once the conversation or activity has happened), or a container whose children are all \
                closed. The optional reason is recorded. Errors: INVALID_STATE for a task that closes through a \
                passing submit, or whose children are still open; BLOCKED while prerequisites are open. Returns \
                the new status, the parents that closed with it, and what is ready next.""",
                        input(
                                required("task_id"),
                                "task_id",
                                taskId(TASK),
                                "reason",
                                string("Why it is complete (optional, kept in the history).")
                                        .put("maxLength", Limits.REASON)),
                        OutputSchemas.taskStatus()),
                (caller, args) -> {
                    var status = use.completeTask.complete(
                            caller.learnerId(), args.string("task_id"), args.string("reason"), caller.actor());
                    return new Rendered(status, ToolTexts.status(status));
                });
        catalog.add(
                spec(
                        "go_back",
                        false,
                        """
                Reopen a closed task so the learner can work on it again (closed -> open), e.g. to revisit a \
                concept they have not really understood; its closed parent tasks go back to in_progress. A reason \
                is required and kept in the learner's history. Errors: INVALID_STATE when the task is not closed.""",
                        input(
                                required("task_id", "reason"),
                                "task_id",
                                taskId(TASK),
                                "reason",
                                text("Why the learner goes back to it.", Limits.REASON)),
                        OutputSchemas.taskStatus()),
                (caller, args) -> {
                    var status = use.reopenTask.reopen(
                            caller.learnerId(), args.string("task_id"), args.string("reason"), caller.actor());
                    return new Rendered(status, ToolTexts.status(status));
                });
        catalog.add(
                spec(
                        "add_comment",
                        false,
                        """
                Add a private comment to a task, readable only by this learner (and their agents): an observation, \
                a hint given, something to revisit. Returns the stored comment.""",
                        input(
                                required("task_id", "comment"),
                                "task_id",
                                taskId(TASK),
                                "comment",
                                text("The comment's text.", Limits.COMMENT)),
                        OutputSchemas.comment()),
                (caller, args) -> {
                    var comment = use.addComment.add(
                            caller.learnerId(), args.string("task_id"), args.string("comment"), caller.actor());
                    return new Rendered(comment, ToolTexts.comment(comment));
                });
        catalog.add(
                spec(
                        "get_comments",
                        true,
                        """
                The comments on a task this learner may read, newest first: the instructors' shared comments \
                (visibility shared) and the learner's own private ones (visibility private). Returns {comments}.""",
                        input(
                                required("task_id"),
                                "task_id",
                                taskId(TASK),
                                "limit",
                                limit("How many comments to return.", COMMENTS_DEFAULT, ListComments.MAX_LIMIT)),
                        OutputSchemas.comments()),
                (caller, args) -> {
                    String task = args.string("task_id");
                    var comments =
                            use.listComments.list(caller.learnerId(), task, args.integer("limit", COMMENTS_DEFAULT));
                    return new Rendered(Map.of("comments", comments), ToolTexts.comments(task, comments));
                });
        catalog.add(
                spec(
                        "request_help",
                        false,
                        """
                Ask the instructors for help on a task, when the learner is stuck beyond what you can resolve \
                together. The message should say what was tried and where it goes wrong. The request waits in the \
                instructors' help queue (status open) until one of them answers; get_context shows it meanwhile. \
                submission_id (optional) names the learner's submission on this task the question is about \
                (submit returns it), so the instructor sees that attempt and can grade it.""",
                        input(
                                required("task_id", "message"),
                                "task_id",
                                taskId(TASK),
                                "message",
                                text("What the learner needs help with.", Limits.HELP_MESSAGE),
                                "submission_id",
                                integer("The submission the question is about (optional).")
                                        .put("minimum", 1)),
                        OutputSchemas.helpRequest()),
                (caller, args) -> {
                    String submission = args.string("submission_id");
                    var request = use.requestHelp.request(
                            caller.learnerId(),
                            args.string("task_id"),
                            args.string("message"),
                            submission == null ? null : Long.valueOf(submission),
                            caller.actor());
                    return new Rendered(request, ToolTexts.help(request));
                });
        catalog.add(
                spec(
                        "get_progress",
                        true,
                        """
                The learner's progress in a project, counted in leaf tasks: completed, total, percentage, \
                in_progress and blocked; the same per epic; and the learning objectives achieved, by Bloom level. \
                Use it to tell the learner where they stand; the project is finished when completed == total.""",
                        input(required("project_id"), "project_id", projectId()),
                        OutputSchemas.progress()),
                (caller, args) -> {
                    var progress = use.showProgress.progress(caller.learnerId(), args.string("project_id"));
                    return new Rendered(progress, ToolTexts.progress(progress));
                });
    }

    private static ObjectNode taskType() {
        ObjectNode schema = string("Only ready nodes of this type: epic, task or subtask.");
        ReadyWork.TASK_TYPES.forEach(schema.withArray("enum")::add);
        return schema;
    }

    private static ToolSpec spec(
            String name, boolean readOnly, String description, ObjectNode input, ObjectNode output) {
        return new ToolSpec(name, description.strip(), input, output, readOnly);
    }
}
