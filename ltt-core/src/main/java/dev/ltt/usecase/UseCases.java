package dev.ltt.usecase;

import dev.ltt.instance.EnrollmentStore;
import dev.ltt.instance.EventStore;
import dev.ltt.instance.LearnerStore;
import dev.ltt.instance.ProgressStore;
import dev.ltt.instance.SubmissionStore;
import dev.ltt.template.SnapshotCache;
import dev.ltt.template.TemplateStore;
import dev.ltt.validation.ValidatorRegistry;
import dev.ltt.validation.Validators;
import org.jdbi.v3.core.Jdbi;

import java.time.Clock;

/** Every use-case of LTT wired with {@code new} over one database: what each door calls. Thread-safe. */
public final class UseCases {
    public final IngestCurriculum ingestCurriculum;
    public final ExportCurriculum exportCurriculum;
    public final ListProjects listProjects;
    public final CreateLearner createLearner;
    public final ListLearners listLearners;
    public final ReadyWork readyWork;
    public final StartTask startTask;
    public final SubmitWork submitWork;
    public final CompleteTask completeTask;
    public final ReopenTask reopenTask;
    public final ParkTask parkTask;
    public final ShowProgress showProgress;
    public final ShowTree showTree;
    public final ShowTask showTask;
    public final ListSubmissions listSubmissions;

    public UseCases(Jdbi jdbi, Clock clock) {
        TemplateStore templates = new TemplateStore();
        LearnerStore learners = new LearnerStore();
        SnapshotCache snapshots = new SnapshotCache(templates);
        SubmissionStore submissions = new SubmissionStore();
        ProjectAccess access = new ProjectAccess(templates, snapshots, learners, new EnrollmentStore(),
                new ProgressStore(), new EventStore(), clock);
        ValidatorRegistry validators = Validators.builtIn();

        this.ingestCurriculum = new IngestCurriculum(jdbi, templates);
        this.exportCurriculum = new ExportCurriculum(jdbi, templates);
        this.listProjects = new ListProjects(jdbi, templates);
        this.createLearner = new CreateLearner(jdbi, learners);
        this.listLearners = new ListLearners(jdbi, learners);
        this.readyWork = new ReadyWork(jdbi, access);
        this.startTask = new StartTask(jdbi, access);
        this.submitWork = new SubmitWork(jdbi, access, submissions, validators);
        this.completeTask = new CompleteTask(jdbi, access);
        this.reopenTask = new ReopenTask(jdbi, access);
        this.parkTask = new ParkTask(jdbi, access);
        this.showProgress = new ShowProgress(jdbi, access);
        this.showTree = new ShowTree(jdbi, access);
        this.showTask = new ShowTask(jdbi, access, submissions);
        this.listSubmissions = new ListSubmissions(jdbi, access, submissions);
    }
}
