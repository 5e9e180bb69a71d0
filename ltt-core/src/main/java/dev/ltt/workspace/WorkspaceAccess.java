package dev.ltt.workspace;

import dev.ltt.error.NotFoundException;
import dev.ltt.error.UnavailableException;
import dev.ltt.instance.LearnerStore;
import dev.ltt.template.TemplateStore;
import dev.ltt.validation.SqlConsole;
import dev.ltt.validation.SqlDatasetException;
import org.jdbi.v3.core.Handle;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/** The checks every workspace use-case makes first: the learner and the project exist, and it has a dataset. */
final class WorkspaceAccess {
    private static final Logger LOG = LoggerFactory.getLogger(WorkspaceAccess.class);
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
        boolean exists =
                lock ? learners.lock(h, learnerId) : learners.find(h, learnerId).isPresent();
        if (!exists) throw new NotFoundException("no learner " + learnerId);
        if (slug == null || templates.latestVersionPk(h, slug).isEmpty()) {
            throw new NotFoundException("no project " + slug + ": list the projects to see their ids");
        }
    }

    /** Whether the project has a dataset; one that cannot be loaded counts as none here (and is logged). */
    boolean hasDataset(String slug) {
        try {
            return console.hasDataset(slug);
        } catch (SqlDatasetException e) {
            LOG.warn("workspace: {}", e.getMessage());
            return false;
        }
    }

    void requireDataset(String slug) {
        boolean present;
        try {
            present = console.hasDataset(slug);
        } catch (SqlDatasetException e) {
            LOG.warn("workspace: {}", e.getMessage());
            throw new UnavailableException("the dataset of project " + slug + " could not be opened: try again "
                    + "later, and tell your instructor if this repeats");
        }
        if (!present) {
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
