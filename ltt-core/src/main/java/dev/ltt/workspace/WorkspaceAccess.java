package dev.ltt.workspace;

import dev.ltt.error.NotFoundException;
import dev.ltt.instance.LearnerStore;
import dev.ltt.template.TemplateStore;
import dev.ltt.validation.SqlConsole;
import org.jdbi.v3.core.Handle;

/** The checks every workspace use-case makes first: the learner and the project exist, and it has a dataset. */
final class WorkspaceAccess {
    private final LearnerStore learners;
    private final TemplateStore templates;
    private final SqlConsole console;

    WorkspaceAccess(LearnerStore learners, TemplateStore templates, SqlConsole console) {
        this.learners = learners;
        this.templates = templates;
        this.console = console;
    }

    /** The learner exists (and, with {@code lock}, is locked for the transaction) and the project exists. */
    void require(Handle h, String learnerId, String slug, boolean lock) {
        boolean exists = lock ? learners.lock(h, learnerId) : learners.find(h, learnerId).isPresent();
        if (!exists) throw new NotFoundException("no learner " + learnerId);
        if (slug == null || templates.latestVersionPk(h, slug).isEmpty()) {
            throw new NotFoundException("no project " + slug + ": list the projects to see their ids");
        }
    }

    boolean hasDataset(String slug) {
        return console.hasDataset(slug);
    }

    void requireDataset(String slug) {
        if (!console.hasDataset(slug)) {
            throw new NotFoundException("project " + slug + " has no SQL dataset, so there is no database to run "
                    + "SQL on: SQL runs in projects whose tasks check SQL (such as maji-ndogo-part1-v3)");
        }
    }

    SqlConsole console() {
        return console;
    }

    static void actor(String actor) {
        if (actor == null || actor.isBlank() || actor.length() > 200) {
            throw new IllegalArgumentException("an actor (who makes the change) is required");
        }
    }
}
