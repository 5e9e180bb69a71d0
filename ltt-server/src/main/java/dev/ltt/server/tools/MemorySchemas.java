package dev.ltt.server.tools;

import static dev.ltt.server.tools.Schemas.arrayOf;
import static dev.ltt.server.tools.Schemas.input;
import static dev.ltt.server.tools.Schemas.integer;
import static dev.ltt.server.tools.Schemas.nullableString;
import static dev.ltt.server.tools.Schemas.object;
import static dev.ltt.server.tools.Schemas.projectId;
import static dev.ltt.server.tools.Schemas.required;
import static dev.ltt.server.tools.Schemas.string;
import static dev.ltt.server.tools.Schemas.text;

import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.ltt.memory.ProfileField;
import dev.ltt.memory.Remember;

/** The JSON Schemas of learner memory (behaviour section 12): the tools' inputs and what they return. */
final class MemorySchemas {
    private MemorySchemas() {}

    static ObjectNode rememberInput() {
        ObjectNode scope = string("global (about the learner in general, the default without project_id) or "
                + "project (about their work in project_id, kept across its versions).");
        scope.putArray("enum").add("global").add("project");
        return input(
                required("text"),
                "text",
                text("What you noticed about the learner, in a sentence or two.", Remember.MAX_TEXT),
                "context",
                string("Where it came from, e.g. the task or the exchange (optional).")
                        .put("maxLength", Remember.MAX_CONTEXT),
                "scope",
                scope,
                "project_id",
                projectId());
    }

    static ObjectNode profileInput() {
        Object[] properties = new Object[ProfileField.values().length * 2];
        for (ProfileField f : ProfileField.values()) {
            properties[2 * f.ordinal()] = f.key();
            properties[2 * f.ordinal() + 1] = f.isList()
                    ? arrayOf("Items to add (kept once each, in order).", text(null, f.maxLength()))
                            .put("maxItems", ProfileField.MAX_ITEMS)
                    : text("Replaces the stored value.", f.maxLength());
        }
        return input(required(), properties).put("minProperties", 1);
    }

    static ObjectNode observation() {
        return object(
                null,
                required("id", "text", "scope"),
                "id",
                integer("The observation's id (the learner can delete it by id)."),
                "text",
                string(null),
                "context",
                nullableString(null),
                "scope",
                string("global or project"),
                "project_id",
                nullableString("The project's slug, for a project observation."),
                "author",
                nullableString("Who wrote it: the agent's or the learner's name."),
                "created_at",
                string("ISO-8601 time"));
    }

    static ObjectNode profile() {
        Object[] properties = new Object[ProfileField.values().length * 2 + 4];
        for (ProfileField f : ProfileField.values()) {
            properties[2 * f.ordinal()] = f.key();
            properties[2 * f.ordinal() + 1] = f.isList() ? arrayOf(null, string(null)) : nullableString(null);
        }
        int at = ProfileField.values().length * 2;
        properties[at] = "updated_at";
        properties[at + 1] = nullableString("When it last changed; null for a profile never written.");
        properties[at + 2] = "updated_by";
        properties[at + 3] = nullableString(null);
        return object(null, required(), properties);
    }

    static ObjectNode memory() {
        return object(
                "What is remembered about the learner: the profile and the latest observations (global and "
                        + "about this project), newest first.",
                required("profile", "observations"),
                "learner_id",
                string(null),
                "profile",
                profile(),
                "observations",
                arrayOf(null, observation()));
    }
}
