package dev.ltt.memory;

import dev.ltt.error.InvalidInputException;
import dev.ltt.error.InvalidStateException;
import dev.ltt.error.NotFoundException;
import dev.ltt.instance.LearnerStore;
import dev.ltt.template.TemplateStore;
import org.jdbi.v3.core.Jdbi;

/**
 * An agent (or the learner) writes down an observation about the learner: global, or about one project
 * (named by slug, so it holds across the project's versions). Bounded in length and in number per learner.
 */
public final class Remember {
    public static final int MAX_TEXT = 2_000;
    public static final int MAX_CONTEXT = 500;
    /** Observations kept per learner; past it, delete old ones first (nothing is dropped silently). */
    public static final int MAX_OBSERVATIONS = 500;

    /** What to remember: {@code scope} is global or project (default: project when a project is named). */
    public record Command(String text, String context, String scope, String slug) {}

    private final Jdbi jdbi;
    private final LearnerStore learners;
    private final TemplateStore templates;
    private final MemoryStore memory = new MemoryStore();

    public Remember(Jdbi jdbi, LearnerStore learners, TemplateStore templates) {
        this.jdbi = jdbi;
        this.learners = learners;
        this.templates = templates;
    }

    public Observation remember(String learnerId, Command command, String actor) {
        MemoryGuards.actor(actor);
        String text = MemoryGuards.required("text", command.text(), MAX_TEXT);
        String context = MemoryGuards.optional("context", command.context(), MAX_CONTEXT);
        String slug = slug(command.scope(), command.slug());
        return jdbi.inTransaction(h -> {
            MemoryGuards.lockLearner(h, learners, learnerId);
            if (slug != null && templates.latestVersionPk(h, slug).isEmpty()) {
                throw new NotFoundException("no project " + slug + ": list the projects to find its slug");
            }
            if (memory.countObservations(h, learnerId) >= MAX_OBSERVATIONS) {
                throw new InvalidStateException("learner " + learnerId + " already has " + MAX_OBSERVATIONS
                        + " observations, the most kept: delete old ones before remembering more");
            }
            return memory.addObservation(h, learnerId, slug, text, context, actor);
        });
    }

    /** The slug the observation is about, or null for a global one. */
    private static String slug(String scope, String named) {
        String project = named == null || named.isBlank() ? null : named.strip();
        if (scope == null || scope.isBlank()) return project;
        return switch (scope) {
            case Observation.GLOBAL -> {
                if (project != null) {
                    throw new InvalidInputException(
                            "project_id",
                            "a global observation names no project: " + "leave project_id out, or use scope project");
                }
                yield null;
            }
            case Observation.PROJECT -> {
                if (project == null) {
                    throw new InvalidInputException("project_id", "scope project needs project_id, the project's slug");
                }
                yield project;
            }
            default -> throw new InvalidInputException("scope", "scope is global or project");
        };
    }
}
