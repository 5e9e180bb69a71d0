package dev.ltt;

import dev.ltt.db.Database;
import dev.ltt.instance.LearnerStore;
import dev.ltt.template.TemplateStore;
import dev.ltt.usecase.CreateLearner;
import dev.ltt.usecase.ExportCurriculum;
import dev.ltt.usecase.IngestCurriculum;
import dev.ltt.usecase.ListLearners;
import dev.ltt.usecase.ListProjects;
import org.jdbi.v3.core.Jdbi;

/**
 * The engine wired together with {@code new}: one instance per process, shared by every door. Thread-safe.
 * Closing it closes the database (and stops the embedded server if this process owns it).
 */
public final class Ltt implements AutoCloseable {
    private final Database database;
    public final IngestCurriculum ingestCurriculum;
    public final ExportCurriculum exportCurriculum;
    public final ListProjects listProjects;
    public final CreateLearner createLearner;
    public final ListLearners listLearners;

    public Ltt(Database database) {
        this.database = database;
        Jdbi jdbi = database.jdbi();
        TemplateStore templates = new TemplateStore();
        LearnerStore learners = new LearnerStore();
        this.ingestCurriculum = new IngestCurriculum(jdbi, templates);
        this.exportCurriculum = new ExportCurriculum(jdbi, templates);
        this.listProjects = new ListProjects(jdbi, templates);
        this.createLearner = new CreateLearner(jdbi, learners);
        this.listLearners = new ListLearners(jdbi, learners);
    }

    public Database database() {
        return database;
    }

    @Override
    public void close() {
        database.close();
    }
}
