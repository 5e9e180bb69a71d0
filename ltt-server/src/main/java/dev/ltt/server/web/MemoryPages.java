package dev.ltt.server.web;

import dev.ltt.error.LttException;
import dev.ltt.error.NotFoundException;
import dev.ltt.memory.LearnerMemory;
import dev.ltt.memory.Observation;
import dev.ltt.memory.Profile;
import dev.ltt.memory.ProfileField;
import dev.ltt.server.web.MemoryViews.MemoryPage;
import dev.ltt.server.web.MemoryViews.ObservationRow;
import dev.ltt.server.web.MemoryViews.ProfileRow;
import dev.ltt.usecase.UseCases;
import io.javalin.config.JavalinConfig;
import io.javalin.http.Context;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * "What your tutor remembers about you" at {@code /learn/memory}: the learner's profile and observations as
 * agents wrote them, each with a button that deletes it, and one that deletes everything. Forms post, change
 * only the learner's own memory through one use-case, and redirect back with what happened.
 */
final class MemoryPages {
    static final String PATH = Urls.LEARN + "/memory";
    private final Frame frame;
    private final UseCases use;
    private final Templates templates;
    private final Clock clock;

    MemoryPages(Frame frame, UseCases use, Templates templates, Clock clock) {
        this.frame = frame;
        this.use = use;
        this.templates = templates;
        this.clock = clock;
    }

    void install(JavalinConfig config) {
        config.routes.get(PATH, frame.page(ctx -> {
            String learner = frame.learner(ctx).principal().learnerId();
            Chrome chrome = frame.chrome(ctx, "What your tutor remembers");
            ctx.html(page(chrome, use.showMemory.show(learner)));
        }));
        config.routes.post(
                PATH + "/observations/{observationId}/delete",
                frame.page(ctx -> act(ctx, learner -> {
                    long id = observationId(ctx);
                    use.forgetObservation.forget(learner, id, actor(ctx));
                    return "Deleted: your tutor no longer remembers that.";
                })));
        config.routes.post(
                PATH + "/profile/delete",
                frame.page(ctx -> act(ctx, learner -> {
                    ProfileField field = ProfileField.of(String.valueOf(ctx.formParam("field")))
                            .orElseThrow(() -> WebProblem.notFound("There is no such part of your profile."));
                    use.forgetProfile.forget(learner, Set.of(field), actor(ctx));
                    return "Deleted your " + label(field).toLowerCase() + " from your profile.";
                })));
        config.routes.post(
                PATH + "/delete",
                frame.page(ctx -> act(ctx, learner -> {
                    use.forgetEverything.forget(learner, actor(ctx));
                    return "Deleted everything your tutor remembered about you.";
                })));
    }

    private interface Action {
        String apply(String learnerId);
    }

    private void act(Context ctx, Action action) {
        Session.Signed s = frame.form(ctx);
        if (s.principal().role() != dev.ltt.access.Role.LEARNER) {
            throw WebProblem.forbidden("Only a learner deletes what is remembered about them here.");
        }
        try {
            Frame.redirect(ctx, PATH, Flash.success(action.apply(s.principal().learnerId())));
        } catch (NotFoundException e) {
            Frame.redirect(ctx, PATH, Flash.error("That was already deleted."));
        } catch (LttException e) {
            Frame.redirect(ctx, PATH, Flash.error(Words.sentence(e.getMessage())));
        }
    }

    private String actor(Context ctx) {
        return frame.signed(ctx).principal().name();
    }

    private static long observationId(Context ctx) {
        try {
            return Long.parseLong(ctx.pathParam("observationId"));
        } catch (NumberFormatException e) {
            throw WebProblem.notFound("There is no such note.");
        }
    }

    String page(Chrome chrome, LearnerMemory memory) {
        List<ProfileRow> rows = new ArrayList<>();
        Profile p = memory.profile();
        for (ProfileField f : ProfileField.values()) {
            String value = f.isList() ? (p.list(f).isEmpty() ? null : String.join(", ", p.list(f))) : p.text(f);
            if (value != null) rows.add(new ProfileRow(label(f), value, f.key()));
        }
        Instant now = clock.instant();
        List<ObservationRow> observations = memory.observations().stream()
                .map(o -> new ObservationRow(
                        o.id(),
                        o.text(),
                        o.context(),
                        Observation.PROJECT.equals(o.scope()) ? "About " + o.projectId() : "In general",
                        author(o.author()),
                        Words.ago(o.createdAt(), now),
                        Words.iso(o.createdAt())))
                .toList();
        return templates.render("learn/memory.jte", new MemoryPage(chrome, rows, observations, chrome.csrf()));
    }

    private static String author(String actor) {
        return actor == null ? "" : actor.replaceFirst("^(learner|instructor|agent):", "");
    }

    static String label(ProfileField f) {
        return switch (f) {
            case NAME -> "Name";
            case EXPERIENCE -> "Experience";
            case LEARNING_STYLE -> "Learning style";
            case COMMUNICATION_PREFERENCES -> "How you like to be spoken to";
            case STRENGTHS -> "Strengths";
            case AREAS_FOR_GROWTH -> "Areas to grow";
            case INTERESTS -> "Interests";
            case BACKGROUND -> "Background";
        };
    }
}
