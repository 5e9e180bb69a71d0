package dev.ltt.cohort;

import dev.ltt.error.InvalidInputException;
import dev.ltt.instance.HelpRequestStore;
import dev.ltt.template.TemplateStore;
import dev.ltt.usecase.Guards;
import dev.ltt.usecase.ProjectAccess;
import java.util.List;
import org.jdbi.v3.core.Jdbi;

/**
 * The instructors' queue for a project: open help requests of every learner on any version of it, oldest
 * first, a page at a time. Writes nothing.
 */
public final class HelpQueue {
    public static final int MAX_LIMIT = 200;
    private final Jdbi jdbi;
    private final TemplateStore templates;
    private final HelpRequestStore requests;

    public HelpQueue(Jdbi jdbi, TemplateStore templates, HelpRequestStore requests) {
        this.jdbi = jdbi;
        this.templates = templates;
        this.requests = requests;
    }

    public List<QueuedHelpRequest> open(String slug, int limit, int offset) {
        Guards.limit(limit, MAX_LIMIT);
        if (offset < 0) throw new InvalidInputException("offset", "offset must be 0 or more");
        return jdbi.inTransaction(h -> {
            if (templates.latestVersionPk(h, slug).isEmpty()) throw ProjectAccess.noProject(slug);
            return requests.openForProject(h, slug, limit, offset).stream()
                    .map(QueuedHelpRequest::of)
                    .toList();
        });
    }
}
