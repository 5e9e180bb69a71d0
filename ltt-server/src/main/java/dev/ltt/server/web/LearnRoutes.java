package dev.ltt.server.web;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.TextNode;
import dev.ltt.error.ForbiddenException;
import dev.ltt.error.InvalidInputException;
import dev.ltt.error.LttException;
import dev.ltt.error.NotFoundException;
import dev.ltt.progress.TaskDetail;
import dev.ltt.server.web.Urls.Scope;
import dev.ltt.usecase.UseCases;
import dev.ltt.work.SubmissionResult;
import dev.ltt.work.SubmitWork;
import dev.ltt.work.TaskStatus;
import dev.ltt.workspace.RunSql;
import io.javalin.config.JavalinConfig;
import io.javalin.http.Context;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * The learner's pages under {@code /learn} and the forms on the task page: start, submit, complete, reopen, ask
 * for help, and a SQL task's Run (which shows the task page with the result, recording nothing) and reset. Each form posts, changes the learner's own state through one use-case (the learner recorded as
 * the actor) and redirects back to the task with what happened, or why not, in words.
 */
final class LearnRoutes {
    private final Frame frame;
    private final UseCases use;
    private final LearnerPages pages;

    LearnRoutes(Frame frame, UseCases use, LearnerPages pages) {
        this.frame = frame;
        this.use = use;
        this.pages = pages;
    }

    void install(JavalinConfig config) {
        config.routes.get("/learn", frame.page(ctx -> {
            Session.Signed s = frame.learner(ctx);
            ctx.html(pages.projects(
                    frame.chrome(ctx, "My projects"), s.principal().learnerId()));
        }));
        config.routes.get("/learn/projects/{slug}", frame.page(ctx -> {
            Session.Signed s = frame.learner(ctx);
            ctx.html(pages.project(frame.chrome(ctx, ""), s.principal().learnerId(), ctx.pathParam("slug"), true));
        }));
        config.routes.get("/learn/tasks/{taskId}", frame.page(ctx -> {
            Session.Signed s = frame.learner(ctx);
            ctx.html(pages.task(frame.chrome(ctx, ""), s.principal().learnerId(), ctx.pathParam("taskId"), true));
        }));
        config.routes.post("/learn/tasks/{taskId}/{action}", frame.page(this::act));
    }

    private void act(Context ctx) {
        Session.Signed s = frame.form(ctx);
        if (!s.principal().role().equals(dev.ltt.access.Role.LEARNER)) {
            throw WebProblem.forbidden("Only a learner changes their own work here.");
        }
        String learner = s.principal().learnerId(), actor = s.principal().name();
        String taskId = ctx.pathParam("taskId"), action = ctx.pathParam("action");
        String back = Scope.own(learner).task(taskId);
        if (action.equals("run")) {
            run(ctx, learner, taskId, actor);
            return;
        }
        try {
            Flash flash = switch (action) {
                case "start" -> started(use.startTask.start(learner, taskId, actor));
                case "submit" -> submitted(learner, use.submitWork.submit(learner, taskId, command(ctx), actor));
                case "complete" -> completed(learner, use.completeTask.complete(learner, taskId, null, actor));
                case "reopen" -> reopened(use.reopenTask.reopen(learner, taskId, ctx.formParam("reason"), actor));
                case "reset" -> reset(learner, taskId, actor);
                case "help" -> {
                    use.requestHelp.request(learner, taskId, ctx.formParam("message"), actor);
                    yield Flash.success(
                            "Your question was sent to the instructors. Their answer will appear on this page.");
                }
                default -> throw WebProblem.notFound("There is no such action on a task.");
            };
            Frame.redirect(ctx, back, flash);
        } catch (NotFoundException | ForbiddenException e) {
            throw e;
        } catch (LttException e) {
            Frame.redirect(
                    ctx,
                    back,
                    Flash.error(ActionErrors.describe(e, action, current(learner, taskId), titles(learner, taskId))));
        }
    }

    /** Run: the task page again, showing the result in a table (or the problem in words); nothing is recorded. */
    private void run(Context ctx, String learner, String taskId, String actor) {
        String query = ctx.formParam("content") == null ? "" : ctx.formParam("content");
        String slug = use.showTask.show(learner, taskId).projectId();
        WorkspacePanels.Ran ran;
        try {
            ran = new WorkspacePanels.Ran(query, use.runSql.run(learner, slug, new RunSql.Command(query), actor), null);
        } catch (InvalidInputException e) {
            ran = new WorkspacePanels.Ran(
                    query,
                    null,
                    e.errors().isEmpty() ? e.getMessage() : e.errors().get(0).message());
        }
        ctx.html(pages.task(frame.chrome(ctx, ""), learner, taskId, true, ran));
    }

    private Flash reset(String learner, String taskId, String actor) {
        String slug = use.showTask.show(learner, taskId).projectId();
        boolean had = use.resetWorkspace.reset(learner, slug, actor).hadCopy();
        return Flash.success(
                had
                        ? "Your database is the original data again: what your submissions changed is gone "
                                + "(your submissions and finished tasks stay)."
                        : "Your database already was the original data.");
    }

    private static SubmitWork.Command command(Context ctx) {
        String output = ctx.formParam("output");
        JsonNode result = output == null || output.isEmpty() ? null : TextNode.valueOf(output);
        String type = ctx.formParam("submission_type");
        return new SubmitWork.Command(ctx.formParam("content"), type == null || type.isBlank() ? null : type, result);
    }

    private static Flash started(TaskStatus status) {
        return Flash.success("Started. Hand in your work below when you are ready.");
    }

    private Flash submitted(String learner, SubmissionResult r) {
        String feedback = r.validation().feedback() == null
                ? ""
                : " " + Words.sentence(r.validation().feedback());
        if (!r.validation().passed()) {
            return Flash.error("Not passed yet (attempt " + r.attemptNumber() + ")." + feedback
                    + " Change your answer and hand it in again.");
        }
        return Flash.success(
                "Passed: this task is closed." + feedback + alsoClosed(learner, r.autoClosed()) + next(r.readyTasks()));
    }

    private Flash completed(String learner, TaskStatus s) {
        return Flash.success("Marked as done." + alsoClosed(learner, s.autoClosed()) + next(s.readyTasks()));
    }

    private static Flash reopened(TaskStatus s) {
        return Flash.success("Reopened: you can work on this task again.");
    }

    private String alsoClosed(String learner, List<String> ids) {
        if (ids.isEmpty()) return "";
        Map<String, String> titles = titles(learner, ids.get(0));
        List<String> names = new ArrayList<>();
        for (String id : ids) names.add("\u201c" + titles.getOrDefault(id, id) + "\u201d");
        return " That also finished " + Words.list(names) + ".";
    }

    private static String next(List<dev.ltt.progress.ReadyTask> ready) {
        return ready.isEmpty() ? "" : " Next up: \u201c" + ready.get(0).title() + "\u201d.";
    }

    /** The task as it is now, to explain a refusal; null when it cannot be read. */
    private TaskDetail current(String learner, String taskId) {
        try {
            return use.showTask.show(learner, taskId);
        } catch (LttException e) {
            return null;
        }
    }

    private Map<String, String> titles(String learner, String taskId) {
        try {
            TaskDetail d = use.showTask.show(learner, taskId);
            return new TreeIndex(use.showTree.tree(learner, d.projectId())).titles();
        } catch (LttException e) {
            return Map.of();
        }
    }
}
