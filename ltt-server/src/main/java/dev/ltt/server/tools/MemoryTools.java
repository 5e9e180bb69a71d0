package dev.ltt.server.tools;

import com.fasterxml.jackson.databind.JsonNode;
import dev.ltt.memory.ProfileField;
import dev.ltt.memory.ProfilePatch;
import dev.ltt.memory.Remember;
import dev.ltt.server.tools.ToolCatalog.Rendered;
import dev.ltt.usecase.UseCases;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;

/** The memory tools: what the agent writes down about the learner, read back through get_context. */
final class MemoryTools {
    private final UseCases use;

    MemoryTools(UseCases use) {
        this.use = use;
    }

    void define(ToolCatalog catalog) {
        catalog.add(
                new ToolSpec(
                        "remember", """
                Write down something you noticed about the learner, to use in later sessions: how they learn, a \
                misconception, what motivates them. scope global (the default) is about the learner in general; \
                scope project with project_id is about their work in that project (it holds across the project's \
                versions). get_context shows the latest observations. Keep each to a sentence or two; the learner \
                can read and delete everything remembered about them. Returns the stored observation.""".strip(), MemorySchemas.rememberInput(), MemorySchemas.observation(), false),
                (caller, args) -> {
                    var observation = use.remember.remember(
                            caller.learnerId(),
                            new Remember.Command(
                                    args.string("text"),
                                    args.string("context"),
                                    args.string("scope"),
                                    args.string("project_id")),
                            caller.actor());
                    return new Rendered(
                            observation,
                            "Remembered (#" + observation.id() + ", " + observation.scope()
                                    + (observation.projectId() == null ? "" : " " + observation.projectId()) + "): "
                                    + observation.text());
                });
        catalog.add(
                new ToolSpec(
                        "update_profile", """
                Update the learner's profile with what you learnt about them: name, experience, learning_style, \
                background (each replaces the stored text) and communication_preferences, strengths, \
                areas_for_growth, interests (lists: the items you give are added to the stored ones, each kept \
                once). Give only the fields that changed. get_context shows the profile. Returns the whole \
                profile afterwards.""".strip(), MemorySchemas.profileInput(), MemorySchemas.profile(), false),
                (caller, args) -> {
                    var profile = use.updateProfile.update(caller.learnerId(), patch(args), caller.actor());
                    return new Rendered(profile, ToolTexts.profile(profile));
                });
    }

    private static ProfilePatch patch(Arguments args) {
        Map<ProfileField, String> texts = new EnumMap<>(ProfileField.class);
        Map<ProfileField, List<String>> lists = new EnumMap<>(ProfileField.class);
        for (ProfileField f : ProfileField.values()) {
            JsonNode value = args.json(f.key());
            if (value == null) continue;
            if (f.isList()) {
                List<String> items = new ArrayList<>();
                value.forEach(item -> items.add(item.asText()));
                lists.put(f, items);
            } else {
                texts.put(f, value.asText());
            }
        }
        return new ProfilePatch(texts, lists);
    }
}
