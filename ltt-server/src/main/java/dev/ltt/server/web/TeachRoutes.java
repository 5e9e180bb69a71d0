package dev.ltt.server.web;

import dev.ltt.Limits;
import dev.ltt.cohort.StuckLearners;
import dev.ltt.error.ForbiddenException;
import dev.ltt.error.LttException;
import dev.ltt.error.NotFoundException;
import dev.ltt.server.web.Urls.Scope;
import dev.ltt.usecase.UseCases;
import dev.ltt.work.ReviewSubmission;
import io.javalin.config.JavalinConfig;
import io.javalin.http.Context;

/**
 * The instructors' pages under {@code /teach} (instructor or admin tokens): the projects, a project's cohort,
 * one learner's tree and tasks (read only), and the form that answers and resolves a help request.
 */
final class TeachRoutes {
    private final Frame frame;
    private final UseCases use;
    private final TeachPages pages;
    private final LearnerPages learnerPages;

    TeachRoutes(Frame frame, UseCases use, TeachPages pages, LearnerPages learnerPages) {
        this.frame = frame;
        this.use = use;
        this.pages = pages;
        this.learnerPages = learnerPages;
    }

    void install(JavalinConfig config) {
        config.routes.get("/teach", frame.page(ctx -> {
            frame.staff(ctx);
            ctx.html(pages.projects(frame.chrome(ctx, "Projects")));
        }));
        config.routes.get("/teach/projects/{slug}", frame.page(ctx -> {
            frame.staff(ctx);
            int hours = bounded(ctx, "hours", StuckLearners.DEFAULT_HOURS, Limits.STUCK_HOURS);
            int failures = bounded(ctx, "failures", StuckLearners.DEFAULT_FAILURES, Limits.STUCK_FAILURES);
            ctx.html(pages.cohort(frame.chrome(ctx, ""), ctx.pathParam("slug"), hours, failures));
        }));
        config.routes.get("/teach/learners/{learnerId}/projects/{slug}", frame.page(ctx -> {
            frame.staff(ctx);
            ctx.html(learnerPages.project(
                    frame.chrome(ctx, ""), ctx.pathParam("learnerId"), ctx.pathParam("slug"), false));
        }));
        config.routes.get("/teach/learners/{learnerId}/tasks/{taskId}", frame.page(ctx -> {
            frame.staff(ctx);
            ctx.html(learnerPages.task(
                    frame.chrome(ctx, ""), ctx.pathParam("learnerId"), ctx.pathParam("taskId"), false));
        }));
        config.routes.post("/teach/projects/{slug}/help/{learnerId}/{helpId}", frame.page(this::answer));
        config.routes.post("/teach/learners/{learnerId}/submissions/{submissionId}/review", frame.page(this::review));
    }

    /** An instructor's grade from the form under an attempt; back to the learner's task page with what happened. */
    private void review(Context ctx) {
        Session.Signed s = frame.form(ctx);
        if (!s.principal().isStaff()) throw WebProblem.forbidden("Only instructors grade submissions.");
        String learner = ctx.pathParam("learnerId");
        long id;
        try {
            id = Long.parseLong(ctx.pathParam("submissionId"));
        } catch (NumberFormatException e) {
            throw WebProblem.notFound("There is no such submission.");
        }
        String passed = ctx.formParam("passed");
        Double grade = percent(ctx.formParam("grade"));
        ReviewSubmission.Command command = new ReviewSubmission.Command(
                passed == null ? null : Boolean.valueOf("true".equals(passed)), grade, ctx.formParam("feedback"));
        try {
            ReviewSubmission.Reviewed r = use.reviewSubmission.review(
                    learner, id, command, s.principal().name());
            String back = Scope.staff(learner).task(r.taskId()) + "#submission-" + id;
            Frame.redirect(
                    ctx,
                    back,
                    Flash.success("Graded attempt " + r.attemptNumber() + ": "
                            + (r.validation().passed() ? "passed" : "not passed") + ". The task is now "
                            + r.status().replace('_', ' ') + " for " + learner + "."));
        } catch (NotFoundException | ForbiddenException e) {
            throw e;
        } catch (dev.ltt.error.InvalidInputException e) {
            String task = ctx.formParam("task_id");
            String back = task == null || task.isBlank()
                    ? Urls.TEACH
                    : Scope.staff(learner).task(task) + "#submission-" + id;
            Frame.redirect(
                    ctx,
                    back,
                    Flash.error("Choose passed or not passed, a grade from 0 to 100 and write "
                            + "feedback before recording the grade."));
        }
    }

    /** A percentage from the form as a grade from 0 to 1; null when left empty; out of range becomes invalid. */
    private static Double percent(String value) {
        if (value == null || value.isBlank()) return null;
        try {
            return Double.parseDouble(value.strip()) / 100.0;
        } catch (NumberFormatException e) {
            return Double.NaN;
        }
    }

    private void answer(Context ctx) {
        Session.Signed s = frame.form(ctx);
        if (!s.principal().isStaff()) throw WebProblem.forbidden("Only instructors answer help requests.");
        String back = Urls.teachProject(ctx.pathParam("slug")) + "#help";
        String learner = ctx.pathParam("learnerId");
        long id;
        try {
            id = Long.parseLong(ctx.pathParam("helpId"));
        } catch (NumberFormatException e) {
            throw WebProblem.notFound("There is no such help request.");
        }
        try {
            use.resolveHelpRequest.resolve(
                    learner, id, ctx.formParam("answer"), s.principal().name());
            Frame.redirect(
                    ctx, back, Flash.success("Your answer was sent to " + learner + " and the request is resolved."));
        } catch (NotFoundException | ForbiddenException e) {
            throw e;
        } catch (LttException e) {
            String words = e instanceof dev.ltt.error.InvalidInputException
                    ? "Write an answer before resolving the request."
                    : Words.sentence(e.getMessage());
            Frame.redirect(ctx, back, Flash.error(words));
        }
    }

    private static int bounded(Context ctx, String name, int fallback, int max) {
        String value = ctx.queryParam(name);
        if (value == null || value.isBlank()) return fallback;
        try {
            int n = Integer.parseInt(value.strip());
            if (n >= 1 && n <= max) return n;
        } catch (NumberFormatException e) {
            // falls through to the page below
        }
        throw WebProblem.badRequest("Use a whole number from 1 to " + max + " for " + name + ".");
    }
}
