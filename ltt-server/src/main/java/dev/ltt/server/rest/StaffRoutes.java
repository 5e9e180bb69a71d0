package dev.ltt.server.rest;

import static dev.ltt.server.http.Access.STAFF;

import dev.ltt.Limits;
import dev.ltt.server.http.Body;
import dev.ltt.server.http.Params;
import dev.ltt.server.http.Route;
import dev.ltt.usecase.UseCases;
import dev.ltt.work.ReviewSubmission;
import java.util.List;
import java.util.Set;

/** What instructors (and admins) use: the help queue, answering it, grading a submission, shared comments. */
final class StaffRoutes {
    private final UseCases use;

    StaffRoutes(UseCases use) {
        this.use = use;
    }

    List<Route> routes() {
        return List.of(
                Route.get(
                        "/api/v1/projects/{slug}/help",
                        STAFF,
                        ctx -> ctx.json(use.helpQueue.open(
                                Params.slug(ctx),
                                Params.intQuery(ctx, "limit", 50, 1, 200),
                                Params.intQuery(ctx, "offset", 0, 0, 1_000_000)))),
                Route.post("/api/v1/learners/{learnerId}/help/{helpId}/resolve", STAFF, ctx -> {
                    Body body = Body.read(ctx, Set.of("answer"));
                    String answer = body.string("answer", true, Limits.HELP_ANSWER);
                    body.validate();
                    ctx.json(use.resolveHelpRequest.resolve(
                            Params.learnerId(ctx), Params.longId(ctx, "helpId"), answer, LearnerRoutes.actor(ctx)));
                }),
                Route.post("/api/v1/learners/{learnerId}/submissions/{submissionId}/review", STAFF, ctx -> {
                    Body body = Body.read(ctx, Set.of("passed", "grade", "feedback"));
                    ReviewSubmission.Command command = new ReviewSubmission.Command(
                            body.bool("passed", true),
                            body.number("grade"),
                            body.string("feedback", true, Limits.REVIEW_FEEDBACK));
                    body.validate();
                    ctx.json(use.reviewSubmission.review(
                            Params.learnerId(ctx),
                            Params.longId(ctx, "submissionId"),
                            command,
                            LearnerRoutes.actor(ctx)));
                }),
                Route.post("/api/v1/tasks/{taskId}/comments", STAFF, ctx -> {
                    Body body = Body.read(ctx, Set.of("text"));
                    String text = body.string("text", true, Limits.COMMENT);
                    body.validate();
                    ctx.status(201).json(use.addSharedComment.add(Params.taskId(ctx), text, LearnerRoutes.actor(ctx)));
                }));
    }
}
