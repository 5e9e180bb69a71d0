package dev.ltt.server.rest;

import static dev.ltt.server.http.Access.LEARNER_WRITE;
import static dev.ltt.server.rest.LearnerRoutes.actor;
import static dev.ltt.server.rest.LearnerRoutes.learner;

import com.fasterxml.jackson.databind.JsonNode;
import dev.ltt.error.FieldError;
import dev.ltt.memory.ProfileField;
import dev.ltt.memory.ProfilePatch;
import dev.ltt.memory.Remember;
import dev.ltt.server.http.Body;
import dev.ltt.server.http.HttpProblem;
import dev.ltt.server.http.Params;
import dev.ltt.server.http.Route;
import dev.ltt.usecase.UseCases;
import io.javalin.http.Context;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.EnumMap;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * What agents remember about a learner, under {@code /api/v1/learners/{learnerId}/memory}: for the learner
 * (who may read and delete all of it) and admins only. Instructors see progress, not this.
 */
final class MemoryRoutes {
    private static final String MEMORY = "/api/v1/learners/{learnerId}/memory";
    private static final Set<String> PROFILE_KEYS =
            Arrays.stream(ProfileField.values()).map(ProfileField::key).collect(Collectors.toUnmodifiableSet());
    private final UseCases use;

    MemoryRoutes(UseCases use) {
        this.use = use;
    }

    List<Route> routes() {
        return List.of(
                Route.get(MEMORY, LEARNER_WRITE, ctx -> ctx.json(use.showMemory.show(learner(ctx)))),
                Route.delete(MEMORY, LEARNER_WRITE, ctx -> {
                    use.forgetEverything.forget(learner(ctx), actor(ctx));
                    ctx.status(204);
                }),
                Route.patch(
                        MEMORY + "/profile",
                        LEARNER_WRITE,
                        ctx -> ctx.json(use.updateProfile.update(learner(ctx), patch(ctx), actor(ctx)))),
                Route.delete(
                        MEMORY + "/profile",
                        LEARNER_WRITE,
                        ctx -> ctx.json(use.forgetProfile.forget(learner(ctx), fields(ctx), actor(ctx)))),
                Route.post(MEMORY + "/observations", LEARNER_WRITE, this::remember),
                Route.delete(MEMORY + "/observations/{observationId}", LEARNER_WRITE, ctx -> {
                    use.forgetObservation.forget(learner(ctx), Params.longId(ctx, "observationId"), actor(ctx));
                    ctx.status(204);
                }));
    }

    private void remember(Context ctx) {
        Body body = Body.read(ctx, Set.of("text", "context", "scope", "project_id"));
        Remember.Command command = new Remember.Command(
                body.string("text", true, Remember.MAX_TEXT),
                body.string("context", false, Remember.MAX_CONTEXT),
                body.string("scope", false, 20),
                body.string("project_id", false, 64));
        body.validate();
        ctx.status(201).json(use.remember.remember(learner(ctx), command, actor(ctx)));
    }

    /** The body's fields by type; the values themselves are checked by the use-case. */
    private static ProfilePatch patch(Context ctx) {
        Body body = Body.read(ctx, PROFILE_KEYS);
        Map<ProfileField, String> texts = new EnumMap<>(ProfileField.class);
        Map<ProfileField, List<String>> lists = new EnumMap<>(ProfileField.class);
        List<FieldError> errors = new ArrayList<>();
        for (ProfileField f : ProfileField.values()) {
            if (!f.isList()) {
                String text = body.string(f.key(), false, f.maxLength());
                if (text != null) texts.put(f, text);
                continue;
            }
            JsonNode value = body.any(f.key());
            if (value == null) continue;
            List<String> items = new ArrayList<>();
            if (value.isArray()) value.forEach(item -> items.add(item.isTextual() ? item.textValue() : null));
            if (!value.isArray() || items.contains(null)) {
                errors.add(new FieldError(f.key(), f.key() + " must be a list of strings"));
            } else {
                lists.put(f, items);
            }
        }
        body.validate();
        if (!errors.isEmpty()) throw new HttpProblem(422, "the request body has problems", errors);
        return new ProfilePatch(texts, lists);
    }

    /** {@code ?field=strengths&field=interests}: the profile fields to clear; none means the whole profile. */
    private static Set<ProfileField> fields(Context ctx) {
        Set<ProfileField> fields = EnumSet.noneOf(ProfileField.class);
        for (String name : ctx.queryParams("field")) {
            fields.add(ProfileField.of(name)
                    .orElseThrow(() -> HttpProblem.badRequest(
                            "field", "no profile field " + name + ": use " + ProfileField.keys())));
        }
        return fields;
    }
}
