package dev.ltt.server.rest;

import static dev.ltt.server.http.Access.LEARNER_READ;
import static dev.ltt.server.http.Access.LEARNER_WRITE;

import dev.ltt.Limits;
import dev.ltt.server.http.Authorization;
import dev.ltt.server.http.Body;
import dev.ltt.server.http.HttpProblem;
import dev.ltt.server.http.Params;
import dev.ltt.server.http.Route;
import dev.ltt.usecase.UseCases;
import dev.ltt.work.SubmitWork;
import io.javalin.http.Context;
import java.util.List;
import java.util.Set;

/**
 * One learner's state, under {@code /api/v1/learners/{learnerId}}: reads for admins, instructors and the
 * learner; changes for admins and the learner. The caller is recorded as the actor of every change.
 */
final class LearnerRoutes {
    private static final String BASE = "/api/v1/learners/{learnerId}";
    private static final String TASK = BASE + "/tasks/{taskId}";
    private final UseCases use;

    LearnerRoutes(UseCases use) {
        this.use = use;
    }

    List<Route> routes() {
        return List.of(
                Route.get(
                        BASE + "/projects/{slug}/ready",
                        LEARNER_READ,
                        ctx -> ctx.json(use.readyWork.ready(
                                learner(ctx),
                                Params.slug(ctx),
                                Params.intQuery(ctx, "limit", 5, 1, 1000),
                                Params.boolQuery(ctx, "containers"),
                                taskType(ctx)))),
                Route.get(
                        BASE + "/projects/{slug}/blocked",
                        LEARNER_READ,
                        ctx -> ctx.json(use.readyWork.blocked(
                                learner(ctx), Params.slug(ctx), Params.boolQuery(ctx, "containers")))),
                Route.get(
                        BASE + "/projects/{slug}/tree",
                        LEARNER_READ,
                        ctx -> ctx.json(use.showTree.tree(learner(ctx), Params.slug(ctx)))),
                Route.get(
                        BASE + "/projects/{slug}/progress",
                        LEARNER_READ,
                        ctx -> ctx.json(use.showProgress.progress(learner(ctx), Params.slug(ctx)))),
                Route.get(
                        BASE + "/events",
                        LEARNER_READ,
                        ctx -> ctx.json(use.listEvents.list(
                                learner(ctx), ctx.queryParam("task_id"), Params.intQuery(ctx, "limit", 50, 1, 500)))),
                Route.get(
                        BASE + "/help",
                        LEARNER_READ,
                        ctx -> ctx.json(
                                use.listHelpRequests.list(learner(ctx), Params.intQuery(ctx, "limit", 50, 1, 200)))),
                Route.get(TASK, LEARNER_READ, ctx -> ctx.json(use.showTask.show(learner(ctx), Params.taskId(ctx)))),
                Route.get(
                        TASK + "/context",
                        LEARNER_READ,
                        ctx -> ctx.json(use.getContext.context(learner(ctx), Params.taskId(ctx)))),
                Route.post(TASK + "/start", LEARNER_WRITE, ctx -> {
                    Body.read(ctx, Set.of()).validate();
                    ctx.json(use.startTask.start(learner(ctx), Params.taskId(ctx), actor(ctx)));
                }),
                Route.post(TASK + "/submissions", LEARNER_WRITE, this::submit),
                Route.get(
                        TASK + "/submissions",
                        LEARNER_READ,
                        ctx -> ctx.json(use.listSubmissions.list(
                                learner(ctx), Params.taskId(ctx), Params.intQuery(ctx, "limit", 20, 1, 1000)))),
                Route.post(TASK + "/complete", LEARNER_WRITE, ctx -> {
                    String reason = reason(ctx, false);
                    ctx.json(use.completeTask.complete(learner(ctx), Params.taskId(ctx), reason, actor(ctx)));
                }),
                Route.post(TASK + "/reopen", LEARNER_WRITE, ctx -> {
                    String reason = reason(ctx, true);
                    ctx.json(use.reopenTask.reopen(learner(ctx), Params.taskId(ctx), reason, actor(ctx)));
                }),
                Route.post(TASK + "/block", LEARNER_WRITE, ctx -> {
                    String reason = reason(ctx, true);
                    ctx.json(use.blockTask.block(learner(ctx), Params.taskId(ctx), reason, actor(ctx)));
                }),
                Route.post(TASK + "/unblock", LEARNER_WRITE, ctx -> {
                    String reason = reason(ctx, true);
                    ctx.json(use.blockTask.unblock(learner(ctx), Params.taskId(ctx), reason, actor(ctx)));
                }),
                Route.get(
                        TASK + "/comments",
                        LEARNER_READ,
                        ctx -> ctx.json(use.listComments.list(
                                learner(ctx), Params.taskId(ctx), Params.intQuery(ctx, "limit", 50, 1, 200)))),
                Route.post(TASK + "/comments", LEARNER_WRITE, ctx -> {
                    String text = text(ctx, "text", Limits.COMMENT);
                    ctx.status(201).json(use.addComment.add(learner(ctx), Params.taskId(ctx), text, actor(ctx)));
                }),
                Route.post(TASK + "/help", LEARNER_WRITE, ctx -> {
                    Body body = Body.read(ctx, Set.of("message", "submission_id"));
                    String message = body.string("message", true, Limits.HELP_MESSAGE);
                    Long submission = body.integer("submission_id", 1, Long.MAX_VALUE);
                    body.validate();
                    ctx.status(201)
                            .json(use.requestHelp.request(
                                    learner(ctx), Params.taskId(ctx), message, submission, actor(ctx)));
                }),
                Route.get(
                        TASK + "/notes",
                        LEARNER_READ,
                        ctx -> ctx.json(use.listNotes.list(
                                learner(ctx), Params.taskId(ctx), Params.intQuery(ctx, "limit", 20, 1, 200)))),
                Route.post(TASK + "/notes", LEARNER_WRITE, ctx -> {
                    String text = text(ctx, "text", Limits.NOTE);
                    ctx.status(201).json(use.writeNote.write(learner(ctx), Params.taskId(ctx), text, actor(ctx)));
                }));
    }

    private void submit(Context ctx) {
        Body body = Body.read(ctx, Set.of("content", "submission_type", "result"));
        SubmitWork.Command command = new SubmitWork.Command(
                body.string("content", true, Limits.CONTENT),
                body.string("submission_type", false, Limits.SUBMISSION_TYPE),
                body.any("result"));
        body.validate();
        ctx.status(201).json(use.submitWork.submit(learner(ctx), Params.taskId(ctx), command, actor(ctx)));
    }

    private static String reason(Context ctx, boolean required) {
        Body body = Body.read(ctx, Set.of("reason"));
        String reason = body.string("reason", required, Limits.REASON);
        body.validate();
        return reason;
    }

    private static String text(Context ctx, String field, int max) {
        Body body = Body.read(ctx, Set.of(field));
        String text = body.string(field, true, max);
        body.validate();
        return text;
    }

    /** {@code ?task_type=epic|task|subtask}, or null when absent. */
    private static String taskType(Context ctx) {
        String type = ctx.queryParam("task_type");
        if (type == null || type.isEmpty()) return null;
        if (!dev.ltt.progress.ReadyWork.TASK_TYPES.contains(type)) {
            throw HttpProblem.badRequest(
                    "task_type", "task_type is one of " + String.join(", ", dev.ltt.progress.ReadyWork.TASK_TYPES));
        }
        return type;
    }

    static String learner(Context ctx) {
        return Params.learnerId(ctx);
    }

    static String actor(Context ctx) {
        return Authorization.principal(ctx).name();
    }
}
